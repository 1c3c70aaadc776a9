import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { UserStatus, UserType } from '@careers/contracts';

const NEVER = new Date(0);

/**
 * Directory's copy of who the users are, from identity's events: enough to link contacts by email and to name the
 * people its replies mention (company staff, note authors). Events of different kinds may arrive in any order, so
 * each part keeps the time of the event that set it and only a newer event replaces it; a part no event has told yet
 * is `null`.
 */
@Entity({ tableName: 'user_replica' })
@Index({ properties: ['emailKey'] })
export class UserReplica {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'text', nullable: true })
  emailKey: string | null = null;

  @Property({ type: 'timestamptz' })
  emailAt: Date = NEVER;

  /** Forgotten when the account is deleted. */
  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  @Property({ type: 'timestamptz' })
  nameAt: Date = NEVER;

  @Property({ type: 'text', nullable: true })
  status: UserStatus | null = null;

  @Property({ type: 'timestamptz' })
  statusAt: Date = NEVER;

  @Property({ type: 'text', nullable: true })
  userType: UserType | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;

  constructor(id: string) {
    this.id = id;
  }

  changeEmail(email: string, at: Date): void {
    if (at <= this.emailAt) return;
    this.emailKey = replicaEmailKey(email);
    this.emailAt = at;
  }

  changeName(name: string, at: Date): void {
    if (at <= this.nameAt || this.deletedAt) return;
    this.name = name;
    this.nameAt = at;
  }

  delete(at: Date): void {
    this.deletedAt = at;
    this.name = null;
  }

  changeStatus(status: UserStatus, at: Date): void {
    if (at <= this.statusAt) return;
    this.status = status;
    this.statusAt = at;
  }

  get linkable(): boolean {
    return isLinkable(this);
  }
}

/** Only a verified, existing account is linked: an unverified sign-up may not own the address. */
export function isLinkable(user: Pick<UserReplica, 'emailKey' | 'status' | 'deletedAt'>): boolean {
  return (
    user.emailKey !== null &&
    user.status !== null &&
    user.status !== 'pending_verification' &&
    user.deletedAt === null
  );
}

/** How a replica keeps an email: the entity's and its bulk writes' one source. */
export function replicaEmailKey(email: string): string {
  return email.trim().toLowerCase();
}
