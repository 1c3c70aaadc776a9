import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  Actor,
  CompanyPageReply,
  CompanyReply,
  CompanyStaffListReply,
  CompanyStaffMemberReply,
  CompanyStaffOfUsersCommand,
  CompanyStaffOfUsersReply,
  CreateCompanyCommand,
  Events,
  ListCompanyStaffCommand,
  SearchCompaniesQuery,
} from '@careers/contracts';
import { keysetPage, recordEvent, SortKey, userName } from '@careers/messaging';
import { containsPattern, onUniqueViolation } from '@careers/persistence';
import { InstitutionGuard } from '../institutions/institution-guard';
import { UserReplica } from '../linking/user-replica.entity';
import { CompanyStaffMember } from './company-staff-member.entity';
import { companyStaffPage } from './company-staff-page';
import { Company, companyDomainKey, isAtDomain } from './company.entity';
import {
  AlreadyOnCompanyStaff,
  CompanyDomainMismatch,
  CompanyDomainTaken,
  CompanyNotFound,
  CompanyStaffHidden,
  EmployersOnly,
  NotCompanyStaff,
  OnlyThemselvesLeave,
} from './company-errors';

/** By name, then by id: two companies may share a name. */
const BY_NAME: SortKey[] = [
  { path: 'nameKey', direction: 'asc', kind: 'text' },
  { path: 'id', direction: 'asc', kind: 'uuid' },
];

/** Employer profiles and their staff. */
@Injectable()
export class CompaniesService {
  constructor(private readonly institutions: InstitutionGuard) {}

  /**
   * An institution's staff make a profile for their institution's use; an employer makes their own company's
   * profile and becomes its first staff member.
   */
  async create(em: EntityManager, command: CreateCompanyCommand): Promise<CompanyReply> {
    const { actor } = command;
    const byEmployer = !command.institutionId && actor.userType === 'employer';
    if (command.institutionId) await this.institutions.mustExist(em, command.institutionId);
    else if (!byEmployer && actor.userType !== 'platform_admin') {
      throw new EmployersOnly('create a company profile without naming the institution that creates it');
    }
    if (byEmployer) {
      // A profile its maker joins: at their own email's domain only, or anyone could claim a domain's staff list.
      if (command.domain && !isAtDomain(actor.email, command.domain)) {
        throw new CompanyDomainMismatch(command.name, companyDomainKey(command.domain));
      }
      await this.refuseSecondCompany(em, actor.userId);
    }
    await this.refuseTakenDomain(em, command.domain);
    const company = new Company(command, actor.userId, command.institutionId ?? null);
    em.persist(company);
    recordEvent(em, Events.companyCreated, {
      companyId: company.id,
      name: company.name,
      domain: company.domain,
    });
    if (byEmployer) this.addStaff(em, company, actor.userId);
    // Requests at the same moment: the unique indexes decide, and the losers get the 409 a later request would.
    await onUniqueViolation(
      () => em.flush(),
      async () => {
        const recheck = em.fork();
        await this.refuseTakenDomain(recheck, command.domain);
        if (byEmployer) await this.refuseSecondCompany(recheck, actor.userId);
      },
    );
    return company.toReply();
  }

  async get(em: EntityManager, companyId: string): Promise<CompanyReply> {
    return (await this.find(em, companyId)).toReply();
  }

  async search(em: EntityManager, query: SearchCompaniesQuery): Promise<CompanyPageReply> {
    const where: Record<string, unknown> = {};
    if (query.q?.trim()) where['nameKey'] = { $like: containsPattern(query.q.trim().toLowerCase()) };
    if (query.domain) where['domain'] = companyDomainKey(query.domain);
    return keysetPage(
      em,
      {
        entity: Company,
        where,
        order: BY_NAME,
        toItems: (companies: Company[]) => companies.map((company) => company.toReply()),
      },
      query,
    );
  }

  /**
   * Only the company's own staff and platform administrators see who works there; anyone else gets the same 404
   * whether or not the company exists. Career services see the people of a company they may see as their own
   * contacts (an employer's profile is private to them otherwise, DESIGN rule 3).
   */
  async listStaff(em: EntityManager, query: ListCompanyStaffCommand): Promise<CompanyStaffListReply> {
    const { companyId, actor } = query;
    if (actor.userType !== 'platform_admin') {
      const onStaff = await em.count(CompanyStaffMember, { userId: actor.userId, company: companyId });
      if (!onStaff) throw new CompanyStaffHidden(companyId);
    }
    return companyStaffPage(em, await this.find(em, companyId), query);
  }

  /** The calling employer joins; joining the company one is already on changes nothing. */
  async join(em: EntityManager, companyId: string, actor: Actor): Promise<CompanyStaffMemberReply> {
    if (actor.userType !== 'employer') throw new EmployersOnly('join a company');
    const company = await this.find(em, companyId);
    if (company.domain && !isAtDomain(actor.email, company.domain)) {
      throw new CompanyDomainMismatch(company.name, company.domain);
    }
    const joined = await this.staffPlace(em, company, actor.userId);
    if (joined) return joined;
    const member = this.addStaff(em, company, actor.userId);
    // Joins at the same moment: the staff's primary key (one company an employer) decides, as a later join would.
    return onUniqueViolation(
      async () => {
        await em.flush();
        return member.toReply(await userName(em, member.userId, UserReplica));
      },
      () => this.staffPlace(em.fork(), company, actor.userId),
    );
  }

  /** The employer's place on this company's staff, if they have it; on another company's staff, a 409. */
  private async staffPlace(
    em: EntityManager,
    company: Company,
    userId: string,
  ): Promise<CompanyStaffMemberReply | undefined> {
    const current = await em.findOne(CompanyStaffMember, { userId }, { populate: ['company'] });
    if (current?.company.id === company.id) return current.toReply(await userName(em, userId, UserReplica));
    if (current) throw new AlreadyOnCompanyStaff(current.company);
    return undefined;
  }

  /** A staff member leaves, or a platform administrator removes them. The company stays, even with no staff. */
  /** The companies these users are staff of, for onboarding's bulk invites. */
  async staffOfUsers(
    em: EntityManager,
    command: CompanyStaffOfUsersCommand,
  ): Promise<CompanyStaffOfUsersReply> {
    const members = await em.find(CompanyStaffMember, { userId: { $in: command.userIds } });
    return { items: members.map((member) => ({ userId: member.userId, companyId: member.company.id })) };
  }

  async leave(em: EntityManager, companyId: string, userId: string, actor: Actor): Promise<void> {
    if (actor.userId !== userId && actor.userType !== 'platform_admin') throw new OnlyThemselvesLeave();
    const company = await this.find(em, companyId);
    const member = await em.findOne(CompanyStaffMember, { userId, company });
    if (!member) throw new NotCompanyStaff(userId, companyId);
    em.remove(member);
    recordEvent(em, Events.companyStaffLeft, { companyId, userId });
    await em.flush();
  }

  private addStaff(em: EntityManager, company: Company, userId: string): CompanyStaffMember {
    const member = new CompanyStaffMember(company, userId);
    em.persist(member);
    recordEvent(em, Events.companyStaffJoined, { companyId: company.id, userId });
    return member;
  }

  private async refuseTakenDomain(em: EntityManager, domain: string | undefined): Promise<void> {
    if (!domain) return;
    const existing = await em.findOne(Company, { domain: companyDomainKey(domain) });
    if (existing) throw new CompanyDomainTaken(existing);
  }

  private async refuseSecondCompany(em: EntityManager, userId: string): Promise<void> {
    const current = await em.findOne(CompanyStaffMember, { userId }, { populate: ['company'] });
    if (current) throw new AlreadyOnCompanyStaff(current.company);
  }

  private async find(em: EntityManager, companyId: string): Promise<Company> {
    const company = await em.findOne(Company, { id: companyId });
    if (!company) throw new CompanyNotFound(companyId);
    return company;
  }
}
