import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  ApproveImportedMembersCommand,
  ApproveImportedMembersReply,
  BulkDecisionResult,
  Events,
  IdentitySubjects,
  InstitutionRole,
  InstitutionSettingsReply,
  JoinRequestDecisionCommand,
  JoinRequestReply,
} from '@careers/contracts';
import { queueMail, WebAppLinks } from '@careers/mail';
import { recordEvent, RpcError, ServiceClient } from '@careers/messaging';
import type { BulkDecision } from '../bulk-decisions/bulk-decision.entity';
import { joinRequestApprovedTemplate } from '../mail/templates/join-request-approved.template';
import { JoinRequest } from './join-request.entity';
import { JoinRequestDecided, JoinRequestNotFound } from './join-request-errors';
import { People } from './people';

/** Staff decide requests (or the institution's setting does): each decision is final and recorded. */
@Injectable()
export class JoinRequestDecisions {
  constructor(
    private readonly people: People,
    private readonly services: ServiceClient,
    private readonly links: WebAppLinks,
  ) {}

  async approve(em: EntityManager, command: JoinRequestDecisionCommand): Promise<JoinRequestReply> {
    const request = await this.pending(em, command.institutionId, command.requestId);
    await this.recordApproval(
      em,
      request,
      command.actorId,
      await this.people.settings(command.institutionId),
    );
    await flushDecision(em, request);
    return request.toReply();
  }

  async decline(em: EntityManager, command: JoinRequestDecisionCommand): Promise<JoinRequestReply> {
    const request = await this.pending(em, command.institutionId, command.requestId);
    this.recordDecline(em, request, command.actorId, command.reason ?? null);
    await flushDecision(em, request);
    return request.toReply();
  }

  /**
   * One request of a bulk decision, decided in the caller's unit of work with the request's row locked. A request that
   * cannot be decided (decided already, unknown, its account gone) is refused with the reason, not fatal.
   */
  async decideInBulk(
    em: EntityManager,
    bulk: Pick<BulkDecision, 'institutionId' | 'decision' | 'createdBy' | 'reason'>,
    requestId: string,
  ): Promise<Pick<BulkDecisionResult, 'outcome' | 'reason'>> {
    try {
      const request = await this.pending(em, bulk.institutionId, requestId, true);
      if (bulk.decision === 'decline') {
        this.recordDecline(em, request, bulk.createdBy, bulk.reason);
        return { outcome: 'declined', reason: null };
      }
      await this.recordApproval(em, request, bulk.createdBy, await this.people.settings(bulk.institutionId));
      return { outcome: 'approved', reason: null };
    } catch (error) {
      if (!(error instanceof RpcError) || !['not-found', 'conflict'].includes(error.body.kind)) throw error;
      return { outcome: 'refused', reason: error.body.message };
    }
  }

  /**
   * An import run with the sensitive-fields setting updated these people's usernames: their pending requests to join
   * are approved, by the staff member who ran it. Requests decided meanwhile are left as they are.
   */
  async approveImported(
    em: EntityManager,
    command: ApproveImportedMembersCommand,
  ): Promise<ApproveImportedMembersReply> {
    const requests = await em.find(JoinRequest, {
      institutionId: command.institutionId,
      userId: { $in: command.userIds },
      status: 'pending',
    });
    if (requests.length === 0) return { approved: 0 };
    const [settings, institution] = await Promise.all([
      this.people.settings(command.institutionId),
      this.people.institution(command.institutionId),
    ]);
    for (const request of requests) {
      this.recordApprovalFor(em, request, command.actorId, settings, {
        name: request.requesterName,
        email: request.requesterEmail,
        institutionName: institution.name,
      });
    }
    await em.flush();
    return { approved: requests.length };
  }

  /**
   * Staff delete the pending account that asked (identity refuses unless it is a self-made one with no school). The
   * request's row stays locked while identity deletes, so an approval or a decline at the same moment waits and then
   * finds it decided: never an approved request whose account is gone.
   */
  async deleteAccount(em: EntityManager, command: JoinRequestDecisionCommand): Promise<JoinRequestReply> {
    return em.transactional(async (tx) => {
      const request = await this.pending(tx, command.institutionId, command.requestId, true);
      await this.services.request(IdentitySubjects.deletePendingUser, {
        institutionId: request.institutionId,
        userId: request.userId,
        joinRequestPending: true,
      });
      request.decide('account_deleted', command.actorId, command.reason ?? null);
      await tx.flush();
      return request.toReply();
    });
  }

  /** Approves in the unit of work, with the requester's current name and email from identity. */
  async recordApproval(
    em: EntityManager,
    request: JoinRequest,
    by: string | null,
    settings: InstitutionSettingsReply,
  ): Promise<void> {
    const [user, institution] = await Promise.all([
      this.people.user(request.userId),
      this.people.institution(request.institutionId),
    ]);
    this.recordApprovalFor(em, request, by, settings, {
      name: user.name,
      email: user.email,
      institutionName: institution.name,
    });
  }

  /**
   * An employer gets the employer role and the institution's default permissions, a student or alumni their role;
   * identity makes the membership active from the event, and the requester is mailed.
   */
  recordApprovalFor(
    em: EntityManager,
    request: JoinRequest,
    by: string | null,
    settings: InstitutionSettingsReply,
    requester: { name: string; email: string; institutionName: string },
  ): void {
    request.decide('approved', by);
    const roles: InstitutionRole[] = [request.kind];
    recordEvent(em, Events.joinRequestApproved, {
      requestId: request.id,
      institutionId: request.institutionId,
      userId: request.userId,
      kind: request.kind,
      email: requester.email,
      name: requester.name,
      roles,
      employerPermissions: request.kind === 'employer' ? (settings.employerApproval?.permissions ?? []) : [],
      decidedBy: by,
    });
    queueMail(em, requester.email, joinRequestApprovedTemplate, {
      name: requester.name,
      institutionName: requester.institutionName,
      loginLink: this.links.login(),
    });
  }

  private recordDecline(em: EntityManager, request: JoinRequest, by: string, reason: string | null): void {
    request.decide('declined', by, reason);
    recordEvent(em, Events.joinRequestDeclined, {
      requestId: request.id,
      institutionId: request.institutionId,
      userId: request.userId,
      decidedBy: by,
    });
  }

  private async pending(
    em: EntityManager,
    institutionId: string,
    requestId: string,
    lock = false,
  ): Promise<JoinRequest> {
    const request = await em.findOne(
      JoinRequest,
      { id: requestId, institutionId },
      lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    );
    if (!request) throw new JoinRequestNotFound(requestId);
    if (!request.isPending) throw new JoinRequestDecided(request);
    return request;
  }
}

/** A request decided by someone else since it was read is refused as decided. */
async function flushDecision(em: EntityManager, request: JoinRequest): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (!(error instanceof OptimisticLockError)) throw error;
    const current = await em.fork().findOneOrFail(JoinRequest, { id: request.id });
    throw new JoinRequestDecided(current);
  }
}
