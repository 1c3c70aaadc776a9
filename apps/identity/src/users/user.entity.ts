import { Entity, Enum, Property } from '@mikro-orm/core';
import { USER_TYPES, UserReply, UserType } from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';
import { emailKey } from './email-key';

export const USER_STATUSES = ['active', 'pending_verification', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

@Entity({ tableName: 'user_account' })
export class User extends BaseEntity {
  /** As the person wrote it. */
  @Property({ type: 'text' })
  email: string;

  /** Lower-cased; unique across every user type. */
  @Property({ type: 'text', unique: true })
  emailKey: string;

  @Property({ type: 'text' })
  name: string;

  @Enum({ items: () => USER_TYPES, type: 'text' })
  userType: UserType;

  @Enum({ items: () => USER_STATUSES, type: 'text' })
  status: UserStatus;

  /** Argon2id; absent for people who sign in through SSO or have not set a password yet. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash: string | null = null;

  constructor(email: string, name: string, userType: UserType, status: UserStatus) {
    super();
    this.email = email.trim();
    this.emailKey = emailKey(email);
    this.name = name;
    this.userType = userType;
    this.status = status;
  }

  toReply(): UserReply {
    return {
      id: this.id,
      email: this.email,
      name: this.name,
      userType: this.userType,
      status: this.status,
      createdAt: this.createdAt.toISOString(),
    };
  }
}
