import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  AccountByEmail,
  ImportedMembership,
  ImportLookupCommand,
  ImportLookupReply,
  MemberByUsername,
} from '@careers/contracts';
import { executeBound } from '@careers/persistence';
import { usernameKey } from '../memberships/membership.entity';
import { emailKey } from '../users/email-key';

/** An account found by email, with its membership of the institution's columns (all null when it has none). */
interface AccountRow {
  email: string;
  user_id: string;
  user_type: AccountByEmail['userType'];
  status: AccountByEmail['status'];
  name: string;
  member_status: ImportedMembership['status'] | null;
  username: string | null;
  auth_identifier: string | null;
  excluded_from_syncs: boolean | null;
  attributes: Record<string, string> | null;
}

/**
 * For the importer's rules, a batch of rows at a time: the accounts with these emails (any type, with their place in
 * the institution) and the institution's members with these usernames. At most two queries a batch, whatever its
 * size, read as plain rows (a batch is thousands of people: no entities to build). Each key is looked up on its own
 * (a lateral subquery, kept from being merged into a join by `limit 1`: the keys are unique), so the unique index
 * answers it whatever the statistics say: while an import grows the tables faster than they are analysed,
 * `= any(...)` was planned as a parallel scan of every account (100-130 ms a batch, most of it starting the workers,
 * against 10-30).
 */
@Injectable()
export class ImportLookup {
  async find(em: EntityManager, command: ImportLookupCommand): Promise<ImportLookupReply> {
    const schema = em.config.get('schema') as string;
    const emailKeys = [...new Set(command.emails.map(emailKey))];
    const usernameKeys = [...new Set(command.usernames.map(usernameKey))];
    const accounts = await executeBound<AccountRow>(
      em,
      `select u."email", u."id" as "user_id", u."user_type", u."status", u."name", m."status" as "member_status",
              m."username", m."auth_identifier", m."excluded_from_syncs", m."attributes"
         from unnest(?::text[]) as k("email_key")
         cross join lateral (select * from "${schema}"."user_account" a where a."email_key" = k."email_key" limit 1) u
         left join "${schema}"."membership" m on m."user_id" = u."id" and m."institution_id" = ?`,
      [emailKeys, command.institutionId],
    );
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
      otherKeys.length === 0
        ? []
        : await executeBound<{
            username: string;
            user_id: string;
            email: string;
            excluded_from_syncs: boolean;
          }>(
            em,
            `select m."username", m."user_id", u."email", m."excluded_from_syncs"
               from unnest(?::text[]) as k("username_key")
               cross join lateral (select * from "${schema}"."membership" h
                                    where h."institution_id" = ? and h."username_key" = k."username_key" limit 1) m
               join "${schema}"."user_account" u on u."id" = m."user_id"`,
            [otherKeys, command.institutionId],
          );
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
 * The membership as the import rules read it, made here from its columns: built by PostgreSQL as one `jsonb` value
 * each, a batch of 2,000 accounts took 31-43 ms to read instead of 22-24.
 */
function membershipOf(row: AccountRow): ImportedMembership | null {
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
