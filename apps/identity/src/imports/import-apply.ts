import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  Events,
  ImportApplyCommand,
  ImportApplyFailure,
  ImportApplyReply,
  ImportedMembershipData,
  ImportedPerson,
  InstitutionRole,
  UserCreatedData,
  USERS_IMPORTED_MAX_BYTES,
  UserType,
  UserUpdatedData,
} from '@careers/contracts';
import { recordEvents } from '@careers/messaging';
import { executeBound, unlessUniqueBroken } from '@careers/persistence';
import { randomUUID } from 'node:crypto';
import { usernameKey } from '../memberships/membership.entity';
import { emailKey } from '../users/email-key';
import { emailSkeleton } from '../users/email-skeleton';
import { PlannerStatistics } from './planner-statistics';
import { usersImportedEvents } from './users-imported-events';

interface Target extends ImportedPerson {
  /** The account the row ends on: the one it updates, or the one it created (or found created by an earlier try). */
  targetId: string;
  usernameKey: string;
}

interface NewAccount {
  id: string;
  email: string;
  email_key: string;
  email_skeleton: string;
  name: string;
}

interface Member {
  user_id: string;
  status: string;
  username_key: string;
}

/**
 * Writes a batch of decided rows of a people file, set-based: a few statements whatever the batch's size, in one
 * transaction. Each row states what it wants (an account with this email and name, a membership with this username,
 * these attributes), so applying a batch again after a crash changes nothing and announces nothing twice. A row the
 * world has overtaken since it was decided (its email now another type's, its username someone else's) is reported,
 * not applied. Imported accounts have no password: people activate them through single sign-on or an invitation.
 *
 * A batch is first written plainly, as decided: its new accounts and members inserted with no `on conflict`, their
 * usernames left to the members' unique index. When that breaks a unique constraint (an email or a username taken
 * since the batch was decided, or the batch written before a crash), it is undone and written carefully, row by row
 * as the world now is.
 */
@Injectable()
export class ImportApply {
  constructor(private readonly statistics: PlannerStatistics) {}

  async apply(em: EntityManager, command: ImportApplyCommand): Promise<ImportApplyReply> {
    const reply = await em.transactional((tx) =>
      unlessUniqueBroken(
        tx,
        () => new ImportBatch(tx, command, 'plainly').write(),
        () => new ImportBatch(tx, command, 'carefully').write(),
      ),
    );
    this.statistics.wrote(command.people.length);
    return reply;
  }
}

class ImportBatch {
  readonly failures: ImportApplyFailure[] = [];
  private created: UserCreatedData[] = [];
  private renamed: UserUpdatedData[] = [];
  private granted: ImportedMembershipData[] = [];
  private targets: Target[] = [];
  private members = new Map<string, Member>();
  private readonly schema: string;
  private readonly institutionId: string;
  private readonly userType: UserType;

  constructor(
    private readonly em: EntityManager,
    private readonly command: ImportApplyCommand,
    private readonly written: 'plainly' | 'carefully',
  ) {
    this.schema = em.config.get('schema') as string;
    this.institutionId = command.institutionId;
    this.userType = command.userType;
  }

  async write(): Promise<ImportApplyReply> {
    await this.resolveAccounts();
    await this.checkUsernames();
    await this.renameUsers();
    await this.writeMemberships();
    await this.announce();
    return { failures: this.failures };
  }

  /** Creates the accounts that do not exist yet and checks that every row's account is of the file's type. */
  private async resolveAccounts(): Promise<void> {
    const creating = this.command.people.filter((person) => !person.userId);
    const accountsToCreate = creating.map((person) => ({
      id: randomUUID(),
      email: person.email.trim(),
      email_key: emailKey(person.email),
      email_skeleton: emailSkeleton(person.email),
      name: (person.name ?? '').trim(),
    }));
    const inserted = await this.createAccounts(accountsToCreate);
    const created = accountsToCreate.filter((account) => inserted.has(account.id));
    const taken = accountsToCreate.filter((account) => !inserted.has(account.id));
    this.created = created.map((user) => ({
      userId: user.id,
      email: user.email,
      name: user.name,
      userType: this.userType,
      status: 'active' as const,
    }));
    // Only the accounts this batch did not just create are read: the ones it updates, and emails taken already.
    const updating = this.command.people.flatMap((person) => (person.userId ? [person.userId] : []));
    if (taken.length === 0 && updating.length === 0) return this.targetAccounts(created);
    const existing = await this.sql<{ id: string; email_key: string; user_type: string }>(
      `select "id", "email_key", "user_type" from "${this.schema}"."user_account" where "email_key" = any(?)
       union
       select "id", "email_key", "user_type" from "${this.schema}"."user_account" where "id" = any(?::uuid[])`,
      [taken.map((account) => account.email_key), updating],
    );
    this.targetAccounts(created, existing);
  }

  /**
   * The ids of the accounts it created: plainly, all of them (or the insert breaks on an email taken); carefully,
   * those whose email was free. Answers only the ids (made here): the rest of each is what was sent.
   */
  private async createAccounts(accounts: NewAccount[]): Promise<Set<string>> {
    if (accounts.length === 0) return new Set();
    const insert = `insert into "${this.schema}"."user_account"
         ("id", "created_at", "updated_at", "email", "email_key", "email_skeleton", "name", "user_type", "status")
       select p."id", now(), now(), p."email", p."email_key", p."email_skeleton", p."name", ?, 'active'
         from json_to_recordset(?::json) as p("id" uuid, "email" text, "email_key" text, "email_skeleton" text,
                                              "name" text)`;
    const params = [this.userType, JSON.stringify(accounts)];
    const ids = accounts.map((account) => account.id);
    return this.inserted(insert, params, ids, 'on conflict ("email_key") do nothing', 'id');
  }

  /** Each row's account, found among the ones it created and the others read: it fails if none, or another type's. */
  private targetAccounts(
    created: NewAccount[],
    existing: Array<{ id: string; email_key: string; user_type: string }> = [],
  ) {
    const accounts = [
      ...existing,
      ...created.map((user) => ({
        id: user.id,
        email_key: user.email_key,
        user_type: this.userType as string,
      })),
    ];
    const byKey = new Map(accounts.map((account) => [account.email_key, account]));
    const byId = new Map(accounts.map((account) => [account.id, account]));
    for (const person of this.command.people) {
      const account = person.userId ? byId.get(person.userId) : byKey.get(emailKey(person.email));
      if (!account) this.fail(person, 'the account no longer exists');
      else if (account.user_type !== this.userType)
        this.fail(person, `the email belongs to an account of another type (${account.user_type})`);
      else this.targets.push({ ...person, targetId: account.id, usernameKey: usernameKey(person.username) });
    }
  }

  /**
   * A username is one person's at the institution: a row whose username someone else now has fails. The members are
   * the holders of the rows' usernames and the accounts' own memberships (an account this batch just created has
   * none). Written plainly, the usernames of the accounts it created are left to the members' unique index. Two
   * queries in one: with `or` between the two lists PostgreSQL scans every membership; each half on its own uses its
   * index.
   */
  private async checkUsernames(): Promise<void> {
    const createdIds = new Set(this.created.map((user) => user.userId));
    const existing = this.targets.filter((target) => !createdIds.has(target.targetId));
    const checked = this.written === 'plainly' ? existing : this.targets;
    if (checked.length === 0) return;
    const members = await this.sql<Member>(
      `select "user_id", "status", "username_key" from "${this.schema}"."membership"
        where "user_id" = any(?::uuid[]) and "institution_id" = ?
       union
       select "user_id", "status", "username_key" from "${this.schema}"."membership"
        where "institution_id" = ? and "username_key" = any(?)`,
      [
        existing.map((target) => target.targetId),
        this.institutionId,
        this.institutionId,
        checked.map((target) => target.usernameKey),
      ],
    );
    this.members = new Map(members.map((member) => [member.user_id, member]));
    const holders = new Map(members.map((member) => [member.username_key, member]));
    this.targets = this.targets.filter((target) => {
      const holder = holders.get(target.usernameKey);
      if (!holder || holder.user_id === target.targetId) return true;
      this.fail(target, `the username ${target.username} belongs to another person at the institution`);
      return false;
    });
  }

  private async renameUsers(): Promise<void> {
    const renaming = this.targets.filter((target) => target.userId && target.name);
    if (renaming.length === 0) return;
    const renamed = await this.sql<{ id: string; name: string; status: 'active' }>(
      `update "${this.schema}"."user_account" u set "name" = p."name", "updated_at" = now()
         from json_to_recordset(?::json) as p("id" uuid, "name" text)
        where u."id" = p."id" and u."name" <> p."name"
       returning u."id", u."name", u."status"`,
      [JSON.stringify(renaming.map((target) => ({ id: target.targetId, name: target.name?.trim() })))],
    );
    this.renamed = renamed.map((user) => ({ userId: user.id, name: user.name, status: user.status }));
  }

  /**
   * New members are active with the file's role; existing ones get the row's username (when it is another one),
   * auth identifier and attributes (blank cells are absent, so they never erase), and a pending one approved by the
   * run becomes active. Ids are made here, not by gen_random_uuid(), and attributes read as json then cast: a jsonb
   * column of json_to_recordset costs three times the cast (100,000 members inserted alone: 4.1-4.6 -> 3.5-3.6 s).
   */
  private async writeMemberships(): Promise<void> {
    const joining = this.targets.filter((target) => !this.members.has(target.targetId));
    const staying = this.targets.filter((target) => this.members.has(target.targetId));
    const insertedIds = await this.insertMembers(joining);
    const joined = joining.filter((target) => insertedIds.has(target.targetId));
    for (const target of joining) {
      if (!insertedIds.has(target.targetId))
        this.fail(target, `the username ${target.username} was taken meanwhile`);
    }
    const activating = staying.filter(
      (target) => target.activate && this.members.get(target.targetId)?.status === 'pending',
    );
    await this.updateMembers(staying, new Set(activating));
    const roles = [this.userType as InstitutionRole];
    this.granted = [...joined, ...activating].map((target) => ({
      userId: target.targetId,
      email: target.email.trim(),
      username: target.username.trim(),
      roles,
    }));
  }

  /** The accounts that joined: plainly, all of them (or the insert breaks); carefully, those whose username was free. */
  private async insertMembers(joining: Target[]): Promise<Set<string>> {
    if (joining.length === 0) return new Set();
    // An account that was there before the import is attached, not entrusted: the person did nothing to join.
    const createdIds = new Set(this.created.map((user) => user.userId));
    const insert = `insert into "${this.schema}"."membership"
         ("id", "created_at", "updated_at", "user_id", "institution_id", "status", "roles", "username",
          "username_key", "auth_identifier", "excluded_from_syncs", "employer_permissions", "attributes",
          "login_entrusted")
       select p."id", now(), now(), p."user_id", ?, 'active', array[?]::text[], p."username",
              p."username_key", p."auth_identifier", false, '{}', p."attributes"::jsonb, p."login_entrusted"
         from json_to_recordset(?::json) as p("id" uuid, "user_id" uuid, "username" text, "username_key" text,
                                             "auth_identifier" text, "attributes" json, "login_entrusted" boolean)`;
    const params = [
      this.institutionId,
      this.userType,
      JSON.stringify(
        joining.map((target) => ({
          id: randomUUID(),
          ...membershipRow(target),
          login_entrusted: createdIds.has(target.targetId),
        })),
      ),
    ];
    const ids = joining.map((target) => target.targetId);
    return this.inserted(insert, params, ids, 'on conflict do nothing', 'user_id');
  }

  /**
   * Runs an insert of rows with these `ids` and answers the ids inserted: plainly, every one (or the insert breaks);
   * carefully, with `onConflict`, those it let in, read back from `idColumn`.
   */
  private async inserted(
    insert: string,
    params: unknown[],
    ids: string[],
    onConflict: string,
    idColumn: string,
  ): Promise<Set<string>> {
    if (this.written === 'plainly') {
      await this.sql(insert, params);
      return new Set(ids);
    }
    const rows = await this.sql<Record<string, string>>(
      `${insert} ${onConflict} returning "${idColumn}"`,
      params,
    );
    return new Set(rows.map((row) => row[idColumn]));
  }

  /** Members already at the institution get what their rows change; a batch of new people sends no statement. */
  private async updateMembers(staying: Target[], activated: Set<Target>): Promise<void> {
    if (staying.length === 0) return;
    await this.sql(
      `update "${this.schema}"."membership" m
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
      [
        this.userType,
        this.userType,
        JSON.stringify(
          staying.map((target) => ({ ...membershipRow(target), activate: activated.has(target) })),
        ),
        this.institutionId,
      ],
    );
  }

  /** What the batch did, told in a few events (as many people each as fit) rather than two or three per person. */
  private async announce(): Promise<void> {
    const people = { created: this.created, renamed: this.renamed, granted: this.granted };
    const events = usersImportedEvents(this.institutionId, people, USERS_IMPORTED_MAX_BYTES);
    await recordEvents(this.em, Events.usersImported, events);
  }

  private fail(person: ImportedPerson, reason: string): void {
    this.failures.push({ row: person.row, reason });
  }

  private sql<T>(sql: string, params: unknown[]): Promise<T[]> {
    return executeBound<T>(this.em, sql, params);
  }
}

function membershipRow(target: Target) {
  return {
    user_id: target.targetId,
    username: target.username.trim(),
    username_key: target.usernameKey,
    auth_identifier: target.authIdentifier?.trim() || null,
    attributes: target.attributes,
  };
}
