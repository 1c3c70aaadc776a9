import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AccountByEmail, ImportedMembership, UserType } from '@careers/contracts';
import { executeBound, INSERTED, insertEntities, NewRow } from '@careers/persistence';
import { User } from './user.entity';

/** An account as a batch of imported rows needs it: its id, its email's key and its type. */
export interface AccountKey {
  id: string;
  email_key: string;
  user_type: UserType;
}

/** An account found by email, with its membership of the institution's columns (all null when it has none). */
export interface AccountWithMembership {
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

/** Accounts read and written a batch at a time, as plain rows (a batch is thousands of people: no entities loaded). */
@Injectable()
export class UserRepository {
  /**
   * Inserts new accounts, each its id and the columns that are its own, the rest as `template` (made by the
   * constructor) has them; answers the ids inserted: plainly, every one (or the insert breaks on an email taken);
   * carefully, those whose email was free.
   */
  async insert(
    em: EntityManager,
    template: User,
    accounts: Array<NewRow<User>>,
    carefully: boolean,
  ): Promise<Set<string>> {
    if (!carefully) {
      await insertEntities(em, User, template, accounts);
      return new Set(accounts.map((account) => account.id));
    }
    const rows = await insertEntities<{ id: string }, User>(
      em,
      User,
      template,
      accounts,
      `on conflict ("email_key") do nothing returning ${INSERTED}."id"`,
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The accounts with these email keys or these ids, each looked up on its own (see `withMembership`). */
  keys(em: EntityManager, emailKeys: string[], ids: string[]): Promise<AccountKey[]> {
    const table = `"${em.config.get('schema')}"."user_account"`;
    return executeBound<AccountKey>(
      em,
      `select a."id", a."email_key", a."user_type" from unnest(?::text[]) as k("email_key")
         cross join lateral (select * from ${table} u where u."email_key" = k."email_key" limit 1) a
       union
       select a."id", a."email_key", a."user_type" from unnest(?::uuid[]) as k("id")
         cross join lateral (select * from ${table} u where u."id" = k."id" limit 1) a`,
      [emailKeys, ids],
    );
  }

  /** Gives these accounts these names; answers the ones whose name changed. */
  rename(
    em: EntityManager,
    names: Array<{ id: string; name: string }>,
  ): Promise<Array<{ id: string; name: string; status: 'active' }>> {
    return executeBound(
      em,
      `update "${em.config.get('schema')}"."user_account" u set "name" = p."name", "updated_at" = now()
         from json_to_recordset(?::json) as p("id" uuid, "name" text)
        where u."id" = p."id" and u."name" <> p."name"
       returning u."id", u."name", u."status"`,
      [JSON.stringify(names)],
    );
  }

  /**
   * The accounts with these email keys, with their membership of the institution. Each key is looked up on its own
   * (a lateral subquery, kept from being merged into a join by `limit 1`: the keys are unique), so the unique index
   * answers it whatever the statistics say of a table an import is growing.
   */
  withMembership(
    em: EntityManager,
    emailKeys: string[],
    institutionId: string,
  ): Promise<AccountWithMembership[]> {
    const schema = em.config.get('schema') as string;
    return executeBound<AccountWithMembership>(
      em,
      `select u."email", u."id" as "user_id", u."user_type", u."status", u."name", m."status" as "member_status",
              m."username", m."auth_identifier", m."excluded_from_syncs", m."attributes"
         from unnest(?::text[]) as k("email_key")
         cross join lateral (select * from "${schema}"."user_account" a where a."email_key" = k."email_key" limit 1) u
         left join "${schema}"."membership" m on m."user_id" = u."id" and m."institution_id" = ?`,
      [emailKeys, institutionId],
    );
  }
}
