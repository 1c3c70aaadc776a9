import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  CreateJoinRequestCommand,
  Events,
  IdentitySubjects,
  JoinRequestDetailReply,
  JoinRequestKind,
  JoinRequestListReply,
  JoinRequestPageReply,
  JoinRequestReply,
  ListJoinRequestsCommand,
  MyJoinRequestsCommand,
  UserReply,
} from '@careers/contracts';
import { keysetPage, NEWEST_FIRST, recordEvent, ServiceClient } from '@careers/messaging';
import { onUniqueViolation } from '@careers/persistence';
import { JoinRequest } from './join-request.entity';
import { JoinRequestDecisions } from './join-request-decisions';
import {
  AlreadyMember,
  CannotRequestToJoin,
  JoinRequestNotFound,
  NotAcceptingRequests,
  RequestAlreadyPending,
  RequestDeclinedBefore,
} from './join-request-errors';
import { People } from './people';

const KIND_OF: Partial<Record<UserReply['userType'], JoinRequestKind>> = {
  employer: 'employer',
  student: 'student',
  alumni: 'alumni',
};

/** Requests to join an institution: made by the people who ask, listed for the staff who review them. */
@Injectable()
export class JoinRequestsService {
  constructor(
    private readonly people: People,
    private readonly services: ServiceClient,
    private readonly decisions: JoinRequestDecisions,
  ) {}

  /**
   * An employer connecting or a self-registered student or alumni picking the school. An employer's request is
   * approved at once where the institution's default employer-approval setting says `automatic`.
   */
  async create(
    em: EntityManager,
    command: CreateJoinRequestCommand,
    invitationId: string | null = null,
  ): Promise<JoinRequestReply> {
    const user = await this.people.user(command.userId);
    const kind = KIND_OF[user.userType];
    if (!kind) throw new CannotRequestToJoin();
    const settings = await this.people.settings(command.institutionId);
    await this.refuseRepeat(em, user, command.institutionId);
    if (kind !== 'employer' && !settings.acceptsStudentRequests) throw new NotAcceptingRequests();
    const request = new JoinRequest(
      command.institutionId,
      { userId: user.id, name: user.name, email: user.email, userType: user.userType },
      kind,
      invitationId,
    );
    em.persist(request);
    recordEvent(em, Events.joinRequestCreated, {
      requestId: request.id,
      institutionId: request.institutionId,
      userId: request.userId,
      kind,
      source: request.invitationId ? 'invitation' : 'self',
      email: request.requesterEmail,
      name: request.requesterName,
    });
    if (kind === 'employer' && settings.employerApproval?.approval === 'automatic') {
      await this.decisions.recordApproval(em, request, null, settings);
    }
    // Two requests at once: the partial unique index keeps one pending request per person and institution.
    await onUniqueViolation(
      () => em.flush(),
      () => this.refuseRepeat(em.fork(), user, command.institutionId),
    );
    return request.toReply();
  }

  /** A person's own requests, newest first. */
  async listMine(em: EntityManager, query: MyJoinRequestsCommand): Promise<JoinRequestListReply> {
    return keysetPage(
      em,
      {
        entity: JoinRequest,
        where: { userId: query.userId },
        order: NEWEST_FIRST,
        toItems: (requests: JoinRequest[]) => requests.map((request) => request.toReply()),
      },
      query,
    );
  }

  /** Newest first, with the institution's members who have the requester's name. */
  async list(em: EntityManager, query: ListJoinRequestsCommand): Promise<JoinRequestPageReply> {
    await this.people.institution(query.institutionId);
    return keysetPage(
      em,
      {
        entity: JoinRequest,
        where: {
          institutionId: query.institutionId,
          ...(query.status ? { status: query.status } : {}),
          ...(query.kind ? { kind: query.kind } : {}),
        },
        order: NEWEST_FIRST,
        toItems: (requests: JoinRequest[]) => this.withSimilarAccounts(query.institutionId, requests),
      },
      query,
    );
  }

  async get(em: EntityManager, institutionId: string, requestId: string): Promise<JoinRequestDetailReply> {
    const request = await em.findOne(JoinRequest, { id: requestId, institutionId });
    if (!request) throw new JoinRequestNotFound(requestId);
    return (await this.withSimilarAccounts(institutionId, [request]))[0];
  }

  private async withSimilarAccounts(
    institutionId: string,
    requests: JoinRequest[],
  ): Promise<JoinRequestDetailReply[]> {
    const names = requests.filter((request) => request.isPending).map((request) => request.requesterName);
    const members = names.length
      ? (await this.services.request(IdentitySubjects.findMembersByName, { institutionId, names })).items
      : [];
    const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
    return requests.map((request) => ({
      ...request.toReply(),
      similarAccounts: request.isPending
        ? members.filter(
            (member) => key(member.name) === key(request.requesterName) && member.userId !== request.userId,
          )
        : [],
    }));
  }

  private async refuseRepeat(em: EntityManager, user: UserReply, institutionId: string): Promise<void> {
    const membership = user.memberships.find((held) => held.institutionId === institutionId);
    if (membership?.status === 'active') throw new AlreadyMember();
    const previous = await em.findOne(
      JoinRequest,
      { userId: user.id, institutionId, status: { $in: ['pending', 'declined'] } },
      { orderBy: { createdAt: 'desc' } },
    );
    if (previous?.status === 'pending') throw new RequestAlreadyPending(previous.id);
    if (previous?.status === 'declined' || membership?.status === 'declined')
      throw new RequestDeclinedBefore();
  }
}
