import { Entity, Index, Property } from '@mikro-orm/core';
import type { InvitationState, MailedOutcome } from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';

/**
 * An emailed invitation of one contact to become a user and connect. Its link's token is stored only as a digest;
 * it expires, works once, and can be revoked or replaced by a resend.
 */
@Entity({ tableName: 'invitation' })
@Index({ properties: ['bulkInviteId'] })
export class Invitation extends BaseEntity {
  @Property({ type: 'uuid' })
  institutionId: string;

  @Property({ type: 'uuid', nullable: true })
  bulkInviteId: string | null;

  @Property({ type: 'uuid' })
  contactId: string;

  @Property({ type: 'text' })
  email: string;

  @Property({ type: 'text' })
  firstName: string;

  @Property({ type: 'text' })
  outcome: MailedOutcome;

  @Property({ type: 'text', unique: true })
  tokenDigest!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  acceptedBy: string | null = null;

  /** Accepting made the account. */
  @Property({ type: 'boolean' })
  accountCreated = false;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  /** Two acceptances at once: the second flush fails instead of using the link twice. */
  @Property({ version: true })
  version!: number;

  constructor(
    fields: Pick<
      Invitation,
      'institutionId' | 'bulkInviteId' | 'contactId' | 'email' | 'firstName' | 'outcome'
    >,
  ) {
    super();
    this.institutionId = fields.institutionId;
    this.bulkInviteId = fields.bulkInviteId;
    this.contactId = fields.contactId;
    this.email = fields.email;
    this.firstName = fields.firstName;
    this.outcome = fields.outcome;
  }

  /** Where the invitation stands, as staff see it: accepted and revoked are final; a pending one may expire. */
  get state(): InvitationState {
    if (this.acceptedAt) return 'accepted';
    if (this.revokedAt) return 'revoked';
    return this.expiresAt.getTime() <= Date.now() ? 'expired' : 'pending';
  }

  accept(userId: string, accountCreated: boolean): void {
    this.acceptedAt = new Date();
    this.acceptedBy = userId;
    this.accountCreated = accountCreated;
  }
}
