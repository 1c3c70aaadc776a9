import { Collection, Entity, Enum, Formula, OneToMany, Property } from '@mikro-orm/core';
import { USER_STATUSES, USER_TYPES, UserReply, UserStatus, UserType } from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';
import { Membership } from '../memberships/membership.entity';
import { emailKey } from './email-key';
import { emailSkeleton } from './email-skeleton';

@Entity({ tableName: 'user_account' })
export class User extends BaseEntity {
  /** As the person wrote it. */
  @Property({ type: 'text' })
  email: string;

  /** Normalised and lower-cased; unique across every user type. */
  @Property({ type: 'text', unique: true })
  emailKey: string;

  /** How the address looks (emailSkeleton), to find look-alikes of a new one; null only on rows not written here. */
  @Property({ type: 'text', nullable: true, index: true })
  emailSkeleton: string | null;

  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Enum({ items: () => USER_TYPES, type: 'text' })
  userType: UserType;

  @Enum({ items: () => USER_STATUSES, type: 'text' })
  status: UserStatus;

  /** Argon2id; absent for people who sign in through SSO or have not set a password yet. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash: string | null = null;

  /** Access tokens issued before this are refused (an email change undone signs every session out). */
  @Property({ type: 'timestamptz', nullable: true })
  sessionsValidFrom: Date | null = null;

  /** Whether a password is set, read without loading the hash (unknown for a user created in this unit of work). */
  @Formula((alias) => `${alias}.password_hash is not null`, { type: 'boolean' })
  hasPassword?: boolean;

  @OneToMany(() => Membership, (membership) => membership.user, { orderBy: { createdAt: 'asc' } })
  memberships = new Collection<Membership>(this);

  constructor(email: string, name: string, userType: UserType, status: UserStatus) {
    super();
    const fields = emailFields(email);
    this.email = fields.email;
    this.emailKey = fields.emailKey;
    this.emailSkeleton = fields.emailSkeleton;
    this.name = name.trim();
    this.userType = userType;
    this.status = status;
  }

  changeEmail(email: string): void {
    Object.assign(this, emailFields(email));
  }

  membershipIn(institutionId: string): Membership | undefined {
    return this.memberships.getItems().find((membership) => membership.institutionId === institutionId);
  }

  /** Needs the memberships loaded. */
  toReply(): UserReply {
    return {
      id: this.id,
      email: this.email,
      name: this.name,
      phone: this.phone,
      userType: this.userType,
      status: this.status,
      memberships: this.memberships.getItems().map((membership) => membership.toReply()),
      createdAt: this.createdAt.toISOString(),
      updatedAt: this.updatedAt.toISOString(),
    };
  }
}

/** An account's columns that follow from its email: the entity's and its bulk writes' one source. */
export function emailFields(email: string): Pick<User, 'email' | 'emailKey' | 'emailSkeleton'> {
  return { email: email.trim(), emailKey: emailKey(email), emailSkeleton: emailSkeleton(email) };
}
