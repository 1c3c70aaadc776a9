import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { InstitutionRole, MembershipStatus } from '@careers/contracts';
import { executeBound, INSERTED, insertEntities, NewRow } from '@careers/persistence';
import { Membership } from './membership.entity';

/** A membership as a batch of imported rows checks it. */
export interface MemberKey {
  user_id: string;
  status: MembershipStatus;
  username_key: string;
}

/** A username's holder at an institution. */
export interface UsernameHolder {
  username: string;
  user_id: string;
  email: string;
  excluded_from_syncs: boolean;
}

/** What an imported row changes of a membership there already (blank cells absent: they never erase). */
export interface MembershipChange {
  user_id: string;
  username: string;
  username_key: string;
  auth_identifier: string | null;
  attributes: Record<string, string>;
  /** A pending member the run approves becomes active, with the file's role. */
  activate: boolean;
}

/** Memberships read and written a batch at a time, as plain rows. */
@Injectable()
export class MembershipRepository {
  /**
   * Inserts new memberships, each its id and the columns that are its own (its account as `user`, an id), the rest
   * as `template` (made by the constructor) has them; answers the ids of the accounts that joined: plainly, every one
   * (or the insert breaks on a username taken); carefully, those whose username was free and that were not members
   * already (`on conflict do nothing` skips both alike: the caller reads which it was).
   */
  async insert(
    em: EntityManager,
    template: Membership,
    members: Array<NewRow<Membership> & { user: string }>,
    carefully: boolean,
  ): Promise<Set<string>> {
    if (!carefully) {
      await insertEntities(em, Membership, template, members);
      return new Set(members.map((member) => member.user));
    }
    const rows = await insertEntities<{ user_id: string }, Membership>(
      em,
      Membership,
      template,
      members,
      `on conflict do nothing returning ${INSERTED}."user_id"`,
    );
    return new Set(rows.map((row) => row.user_id));
  }

  /**
   * The institution's memberships of these accounts, and those holding these usernames: each key looked up on its own
   * through its unique index (a lateral subquery, kept from being merged into a join by `limit 1`), whatever the
   * statistics say of a table an import is growing.
   */
  ofAccountsOrUsernames(
    em: EntityManager,
    institutionId: string,
    userIds: string[],
    usernameKeys: string[],
  ): Promise<MemberKey[]> {
    const table = `"${em.config.get('schema')}"."membership"`;
    return executeBound<MemberKey>(
      em,
      `select m."user_id", m."status", m."username_key" from unnest(?::uuid[]) as k("user_id")
         cross join lateral (select * from ${table} h
                              where h."user_id" = k."user_id" and h."institution_id" = ? limit 1) m
       union
       select m."user_id", m."status", m."username_key" from unnest(?::text[]) as k("username_key")
         cross join lateral (select * from ${table} h
                              where h."institution_id" = ? and h."username_key" = k."username_key" limit 1) m`,
      [userIds, institutionId, usernameKeys, institutionId],
    );
  }

  /** The holders of these usernames at the institution, each key looked up on its own (as the accounts by email). */
  holders(em: EntityManager, institutionId: string, usernameKeys: string[]): Promise<UsernameHolder[]> {
    const schema = em.config.get('schema') as string;
    return executeBound<UsernameHolder>(
      em,
      `select m."username", m."user_id", u."email", m."excluded_from_syncs"
         from unnest(?::text[]) as k("username_key")
         cross join lateral (select * from "${schema}"."membership" h
                              where h."institution_id" = ? and h."username_key" = k."username_key" limit 1) m
         join "${schema}"."user_account" u on u."id" = m."user_id"`,
      [usernameKeys, institutionId],
    );
  }

  /** Gives members of the institution what their rows change; a member the rows leave as they are is not written. */
  async change(
    em: EntityManager,
    institutionId: string,
    role: InstitutionRole,
    changes: MembershipChange[],
  ): Promise<void> {
    if (changes.length === 0) return;
    await executeBound(
      em,
      `update "${em.config.get('schema')}"."membership" m
          set "username" = case when m."username_key" = p."username_key" then m."username" else p."username" end,
              "username_key" = p."username_key",
              "auth_identifier" = coalesce(p."auth_identifier", m."auth_identifier"),
              "attributes" = m."attributes" || p."attributes"::jsonb,
              "status" = case when p."activate" then 'active' else m."status" end,
              "roles" = case when p."activate" and not (? = any(m."roles")) then m."roles" || array[?]::text[]
                             else m."roles" end,
              "updated_at" = now()
         from json_to_recordset(?::json) as p("user_id" uuid, "username" text, "username_key" text,
                                                 "auth_identifier" text, "attributes" json, "activate" boolean)
        where m."institution_id" = ? and m."user_id" = p."user_id"
          and (m."username_key" <> p."username_key"
               or m."auth_identifier" is distinct from coalesce(p."auth_identifier", m."auth_identifier")
               or not (m."attributes" @> p."attributes"::jsonb)
               or (p."activate" and m."status" = 'pending'))`,
      [role, role, JSON.stringify(changes), institutionId],
    );
  }
}
