import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  CreateInstitutionCommand,
  Events,
  InstitutionPageReply,
  InstitutionReply,
  SearchInstitutionsQuery,
} from '@careers/contracts';
import { keysetPage, recordEvent, SortKey } from '@careers/messaging';
import { onUniqueViolation } from '@careers/persistence';
import { Institution, institutionNameKey } from './institution.entity';
import { InstitutionNameTaken, InstitutionNotFound } from './institution-errors';
import { nameMatching, nameSearchWords } from './institution-name-search';
import { InstitutionSettings } from '../settings/institution-settings.entity';

/**
 * By name, then by id, as every list by name: names are unique, so the id never breaks a tie, and the unique index
 * on the name key answers the order.
 */
const BY_NAME: SortKey[] = [
  { path: 'nameKey', direction: 'asc', kind: 'text' },
  { path: 'id', direction: 'asc', kind: 'uuid' },
];

@Injectable()
export class InstitutionsService {
  constructor(private readonly em: EntityManager) {}

  async create(command: CreateInstitutionCommand): Promise<InstitutionReply> {
    await this.refuseTakenName(command.name);
    const institution = new Institution(
      command.name,
      command.website ?? null,
      command.emailDomains ?? [],
      command.createdBy,
    );
    this.em.persist([institution, new InstitutionSettings(institution)]);
    recordEvent(this.em, Events.institutionCreated, {
      institutionId: institution.id,
      name: institution.name,
      website: institution.website,
      emailDomains: institution.emailDomains,
      createdBy: institution.createdBy,
    });
    // Two requests with the same name at once: the unique index decides, and the loser gets the same 409.
    await onUniqueViolation(
      () => this.em.flush(),
      () => this.refuseTakenName(command.name),
    );
    return institution.toReply();
  }

  async get(institutionId: string): Promise<InstitutionReply> {
    const institution = await this.em.findOne(Institution, { id: institutionId });
    if (!institution) throw new InstitutionNotFound(institutionId);
    return institution.toReply();
  }

  /** Anyone signed in may look institutions up by name: which schools are on the platform is not private. */
  search(query: SearchInstitutionsQuery): Promise<InstitutionPageReply> {
    return keysetPage(
      this.em,
      {
        entity: Institution,
        where: nameMatching(nameSearchWords(query.q)),
        order: BY_NAME,
        toItems: (institutions: Institution[]) => institutions.map((institution) => institution.toReply()),
      },
      query,
    );
  }

  private async refuseTakenName(name: string): Promise<void> {
    const existing = await this.em.fork().findOne(Institution, { nameKey: institutionNameKey(name) });
    if (existing) throw new InstitutionNameTaken(existing.name, existing.id);
  }
}
