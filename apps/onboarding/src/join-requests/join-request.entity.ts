import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import {
  JOIN_REQUEST_KINDS,
  JOIN_REQUEST_STATUSES,
  JoinRequestKind,
  JoinRequestReply,
  JoinRequestStatus,
  UserType,
} from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';

export interface Requester {
  userId: string;
  name: string;
  email: string;
  userType: UserType;
}

/**
 * Someone asking to join an institution: an employer connecting, or a self-registered student or alumni who picked
 * the school. At most one pending request per person and institution (a partial unique index); decisions are final.
 */
@Entity({ tableName: 'join_request' })
@Index({ name: 'join_request_newest_first_index', properties: ['institutionId', 'createdAt', 'id'] })
export class JoinRequest extends BaseEntity {
  @Property({ type: 'uuid' })
  institutionId: string;

  @Property({ type: 'uuid' })
  userId: string;

  /** As the requester was when asking, so the list needs no call per row. */
  @Property({ type: 'text' })
  requesterName: string;

  @Property({ type: 'text' })
  requesterEmail: string;

  @Property({ type: 'text' })
  requesterType: UserType;

  @Enum({ items: () => JOIN_REQUEST_KINDS, type: 'text' })
  kind: JoinRequestKind;

  @Enum({ items: () => JOIN_REQUEST_STATUSES, type: 'text' })
  status: JoinRequestStatus = 'pending';

  @Property({ type: 'uuid', nullable: true })
  invitationId: string | null;

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;

  /** Two staff deciding at once: the second flush fails instead of deciding twice. */
  @Property({ version: true })
  version!: number;

  constructor(
    institutionId: string,
    requester: Requester,
    kind: JoinRequestKind,
    invitationId: string | null,
  ) {
    super();
    this.institutionId = institutionId;
    this.userId = requester.userId;
    this.requesterName = requester.name;
    this.requesterEmail = requester.email;
    this.requesterType = requester.userType;
    this.kind = kind;
    this.invitationId = invitationId;
  }

  get isPending(): boolean {
    return this.status === 'pending';
  }

  /** Records the final decision; `by` is `null` when the institution's setting decided. */
  decide(
    status: Exclude<JoinRequestStatus, 'pending'>,
    by: string | null,
    reason: string | null = null,
  ): void {
    this.status = status;
    this.decidedBy = by;
    this.decidedAt = new Date();
    this.decisionReason = reason?.trim() || null;
  }

  toReply(): JoinRequestReply {
    return {
      id: this.id,
      institutionId: this.institutionId,
      kind: this.kind,
      status: this.status,
      requester: {
        userId: this.userId,
        name: this.requesterName,
        email: this.requesterEmail,
        userType: this.requesterType,
      },
      source: this.invitationId ? 'invitation' : 'self',
      decision: this.decidedAt
        ? { decidedBy: this.decidedBy, decidedAt: this.decidedAt.toISOString(), reason: this.decisionReason }
        : null,
      createdAt: this.createdAt.toISOString(),
    };
  }
}
