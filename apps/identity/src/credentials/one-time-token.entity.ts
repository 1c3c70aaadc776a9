import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@careers/persistence';
import type { User } from '../users/user.entity';

export const TOKEN_PURPOSES = [
  'verify_email',
  'reset_password',
  'set_password',
  'confirm_email_change',
] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** A single-use secret sent in a link. Only its digest is stored. */
@Entity({ tableName: 'one_time_token' })
@Index({ properties: ['expiresAt'] })
@Index({ properties: ['user', 'purpose'] })
export class OneTimeToken extends BaseEntity {
  @ManyToOne('User', { deleteRule: 'cascade' })
  user: User;

  @Enum({ items: () => TOKEN_PURPOSES, type: 'text' })
  purpose: TokenPurpose;

  @Property({ type: 'text', unique: true, hidden: true })
  digest: string;

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  constructor(user: User, purpose: TokenPurpose, digest: string, expiresAt: Date) {
    super();
    this.user = user;
    this.purpose = purpose;
    this.digest = digest;
    this.expiresAt = expiresAt;
  }
}
