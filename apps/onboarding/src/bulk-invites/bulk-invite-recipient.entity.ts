import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { InviteOutcome, NotInvitableReason } from '@careers/contracts';

/**
 * One contact of a bulk invite: its outcome as the draft saw it, then as it was when the invite was sent (classified
 * again then), and when it was emailed.
 */
@Entity({ tableName: 'bulk_invite_recipient' })
@Index({ properties: ['bulkInviteId', 'emailedAt'] })
export class BulkInviteRecipient {
  @PrimaryKey({ type: 'uuid' })
  bulkInviteId!: string;

  @PrimaryKey({ type: 'uuid' })
  contactId!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  firstName!: string;

  @Property({ type: 'text' })
  lastName!: string;

  /** `null` when the contact cannot be invited (then `notInvitable` says why). */
  @Property({ type: 'text', nullable: true })
  outcome!: InviteOutcome | null;

  @Property({ type: 'text', nullable: true })
  notInvitable!: NotInvitableReason | null;

  /** The account the contact is linked to, when there is one. */
  @Property({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  invitationId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  emailedAt: Date | null = null;

  /** When the contact was classified again as the invite was sent; `null` in a draft and until its batch is sent. */
  @Property({ type: 'timestamptz', nullable: true })
  classifiedAt: Date | null = null;
}
