import { Entity, Enum, Index, OneToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@careers/persistence';
import type { User } from '../users/user.entity';
import { emailKey } from '../users/email-key';

/** How the new address proves it is the person's: a code they type (their own change) or a link (staff's change). */
export const EMAIL_CHANGE_CHANNELS = ['code', 'link'] as const;
export type EmailChangeChannel = (typeof EMAIL_CHANGE_CHANNELS)[number];

/** A change of email waiting to be confirmed from the new address; at most one per user, the newest. */
@Entity({ tableName: 'email_change' })
@Index({ properties: ['expiresAt'] })
export class EmailChange extends BaseEntity {
  @OneToOne('User', { owner: true, deleteRule: 'cascade', unique: true })
  user: User;

  @Property({ type: 'text' })
  newEmail: string;

  @Property({ type: 'text' })
  newEmailKey: string;

  @Enum({ items: () => EMAIL_CHANGE_CHANNELS, type: 'text' })
  channel: EmailChangeChannel;

  /** The code's digest (code channel); the link's token is a OneTimeToken. */
  @Property({ type: 'text', nullable: true, hidden: true })
  codeDigest: string | null = null;

  /** The digest of the token in the stop link sent to the old address. */
  @Property({ type: 'text', nullable: true, unique: true, hidden: true })
  cancelDigest: string | null = null;

  @Property({ type: 'integer' })
  attemptsLeft: number;

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  /** Who asked: the user, or the staff member who changed it. */
  @Property({ type: 'uuid' })
  requestedBy: string;

  /** The institution whose staff made the change (null for the person's own): it must still manage the account. */
  @Property({ type: 'uuid', nullable: true })
  institutionId: string | null = null;

  constructor(
    user: User,
    newEmail: string,
    channel: EmailChangeChannel,
    requestedBy: string,
    lifetimeMs: number,
    attempts: number,
  ) {
    super();
    this.user = user;
    this.newEmail = newEmail.trim();
    this.newEmailKey = emailKey(newEmail);
    this.channel = channel;
    this.requestedBy = requestedBy;
    this.attemptsLeft = attempts;
    this.expiresAt = new Date(Date.now() + lifetimeMs);
  }

  get expired(): boolean {
    return this.expiresAt.getTime() <= Date.now();
  }
}
