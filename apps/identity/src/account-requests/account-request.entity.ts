import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import type { UserType } from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';

export const ACCOUNT_REQUEST_KINDS = ['signup', 'password_reset'] as const;
export type AccountRequestKind = (typeof ACCOUNT_REQUEST_KINDS)[number];

/** What a sign-up asked for, its password already hashed. */
export interface SignupDetails {
  name: string;
  userType: UserType;
  passwordHash: string;
}

/**
 * A sign-up or a password reset taken in and answered, to be carried out in the background. Whether the email has an
 * account decides what is done, and is read only here: the request itself did the same work for every email.
 */
@Entity({ tableName: 'account_request' })
@Index({ properties: ['dueAt'] })
export class AccountRequest extends BaseEntity {
  @Enum({ items: () => ACCOUNT_REQUEST_KINDS, type: 'text' })
  kind: AccountRequestKind;

  @Property({ type: 'text' })
  email: string;

  @Property({ type: 'jsonb', nullable: true, hidden: true })
  signup: SignupDetails | null;

  @Property({ type: 'integer' })
  attempts = 0;

  @Property({ type: 'timestamptz' })
  dueAt: Date = new Date();

  constructor(kind: AccountRequestKind, email: string, signup: SignupDetails | null = null) {
    super();
    this.kind = kind;
    this.email = email.trim();
    this.signup = signup;
  }
}
