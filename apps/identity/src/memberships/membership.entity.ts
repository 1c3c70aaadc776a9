import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import {
  EmployerPermission,
  INSTITUTION_ROLES,
  InstitutionRole,
  MEMBERSHIP_STATUSES,
  MembershipReply,
  MembershipStatus,
} from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';
import type { User } from '../users/user.entity';

/** A person's place in one institution: one per institution, with its roles and the institution's username. */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['user', 'institutionId'] })
@Unique({ properties: ['institutionId', 'usernameKey'] })
export class Membership extends BaseEntity {
  @ManyToOne('User', { deleteRule: 'cascade' })
  user: User;

  @Property({ type: 'uuid' })
  institutionId: string;

  @Enum({ items: () => MEMBERSHIP_STATUSES, type: 'text' })
  status: MembershipStatus;

  @Enum({ items: () => INSTITUTION_ROLES, type: 'text', array: true })
  roles: InstitutionRole[];

  /** The institution's identifier for the person; unique within the institution, whatever its case. */
  @Property({ type: 'text' })
  username: string;

  @Property({ type: 'text' })
  usernameKey: string;

  @Property({ type: 'text', nullable: true })
  authIdentifier: string | null = null;

  @Property({ type: 'boolean' })
  excludedFromSyncs = false;

  /**
   * Whether the institution may move the person's login (with the other rules of managedAloneBy): it made the account,
   * or the person asked to join. False when an import attached an account that was there before, without the person.
   */
  @Property({ type: 'boolean' })
  loginEntrusted = true;

  @Property({ type: 'text[]' })
  employerPermissions: EmployerPermission[] = [];

  /** What the institution's import files say about the person beyond the account (school year, mentor details...). */
  @Property({ type: 'jsonb' })
  attributes: Record<string, string> = {};

  constructor(
    user: User,
    institutionId: string,
    status: MembershipStatus,
    roles: InstitutionRole[],
    username: string,
  ) {
    super();
    this.user = user;
    this.institutionId = institutionId;
    this.status = status;
    this.roles = roles;
    const fields = usernameFields(username);
    this.username = fields.username;
    this.usernameKey = fields.usernameKey;
  }

  get isActive(): boolean {
    return this.status === 'active';
  }

  toReply(): MembershipReply {
    return {
      institutionId: this.institutionId,
      status: this.status,
      roles: [...this.roles],
      username: this.username,
      authIdentifier: this.authIdentifier,
      excludedFromSyncs: this.excludedFromSyncs,
      employerPermissions: [...this.employerPermissions],
      createdAt: this.createdAt.toISOString(),
    };
  }
}

/** A membership's columns that follow from its username: the entity's and its bulk writes' one source. */
export function usernameFields(username: string): Pick<Membership, 'username' | 'usernameKey'> {
  return { username: username.trim(), usernameKey: usernameKey(username) };
}

/** Usernames are unique within an institution whatever their case: this is the form that is compared. */
export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}
