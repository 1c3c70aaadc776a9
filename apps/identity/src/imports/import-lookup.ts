import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  ImportedMembership,
  ImportLookupCommand,
  ImportLookupReply,
  MemberByUsername,
} from '@careers/contracts';
import { usernameKey } from '../memberships/membership.entity';
import { MembershipRepository } from '../memberships/membership.repository';
import { emailKey } from '../users/email-key';
import { AccountWithMembership, UserRepository } from '../users/user.repository';

/**
 * For the importer's rules, a batch of rows at a time: the accounts with these emails (any type, with their place in
 * the institution) and the institution's members with these usernames. At most two queries a batch, whatever its
 * size, read as plain rows (a batch is thousands of people: no entities to build), each key looked up on its own
 * index whatever the statistics say of tables the import is growing.
 */
@Injectable()
export class ImportLookup {
  constructor(
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
  ) {}

  async find(em: EntityManager, command: ImportLookupCommand): Promise<ImportLookupReply> {
    const emailKeys = [...new Set(command.emails.map(emailKey))];
    const usernameKeys = [...new Set(command.usernames.map(usernameKey))];
    const accounts = await this.users.withMembership(em, emailKeys, command.institutionId);
    // A username's holder is usually the account found by the row's email (a file of people already here): only the
    // usernames no such account holds are looked up, which for a file imported again is none.
    const wanted = new Set(usernameKeys);
    const heldByAccounts = new Map<string, MemberByUsername>();
    for (const row of accounts) {
      if (row.username === null) continue;
      const key = usernameKey(row.username);
      if (wanted.has(key))
        heldByAccounts.set(key, {
          username: row.username,
          userId: row.user_id,
          email: row.email,
          excludedFromSyncs: row.excluded_from_syncs as boolean,
        });
    }
    const otherKeys = usernameKeys.filter((key) => !heldByAccounts.has(key));
    const others =
      otherKeys.length === 0 ? [] : await this.memberships.holders(em, command.institutionId, otherKeys);
    return {
      accounts: accounts.map((row) => ({
        email: row.email,
        userId: row.user_id,
        userType: row.user_type,
        status: row.status,
        name: row.name,
        membership: membershipOf(row),
      })),
      members: [
        ...heldByAccounts.values(),
        ...others.map(
          (row): MemberByUsername => ({
            username: row.username,
            userId: row.user_id,
            email: row.email,
            excludedFromSyncs: row.excluded_from_syncs,
          }),
        ),
      ],
    };
  }
}

/**
 * The membership as the import rules read it, made here from its columns: building it in PostgreSQL as one `jsonb`
 * value each made a batch slower to read, for nothing the rules need.
 */
function membershipOf(row: AccountWithMembership): ImportedMembership | null {
  if (row.member_status === null) return null;
  // A membership's columns are never null, but for its auth identifier.
  return {
    status: row.member_status,
    username: row.username as string,
    authIdentifier: row.auth_identifier,
    excludedFromSyncs: row.excluded_from_syncs as boolean,
    attributes: row.attributes as Record<string, string>,
  };
}
