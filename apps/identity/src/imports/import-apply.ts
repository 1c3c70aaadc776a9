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
import { NewRow, unlessUniqueBroken } from '@careers/persistence';
import { randomUUID } from 'node:crypto';
import { Membership, usernameFields, usernameKey } from '../memberships/membership.entity';
import { MemberKey, MembershipRepository } from '../memberships/membership.repository';
import { emailKey } from '../users/email-key';
import { emailFields, User } from '../users/user.entity';
import { AccountKey, UserRepository } from '../users/user.repository';
import { usersImportedEvents } from './users-imported-events';

interface Target extends ImportedPerson {
  /** The account the row ends on: the one it updates, or the one it created (or found created by an earlier try). */
  targetId: string;
  usernameKey: string;
}

/** A new account's own columns. */
type NewAccount = Pick<User, 'id' | 'email' | 'emailKey' | 'emailSkeleton' | 'name'>;

/** The repositories a batch writes through. */
interface Stores {
  users: UserRepository;
  memberships: MembershipRepository;
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
 * as the world now is. Accounts and members are written by their repositories, each row its own columns and the
 * rest as the entity's constructor makes them.
 */
@Injectable()
export class ImportApply {
  private readonly stores: Stores;

  constructor(users: UserRepository, memberships: MembershipRepository) {
    this.stores = { users, memberships };
  }

  apply(em: EntityManager, command: ImportApplyCommand): Promise<ImportApplyReply> {
    return em.transactional((tx) =>
      unlessUniqueBroken(
        tx,
        () => new ImportBatch(tx, this.stores, command, 'plainly').write(),
        () => new ImportBatch(tx, this.stores, command, 'carefully').write(),
      ),
    );
  }
}

class ImportBatch {
  readonly failures: ImportApplyFailure[] = [];
  private created: UserCreatedData[] = [];
  private renamed: UserUpdatedData[] = [];
  private granted: ImportedMembershipData[] = [];
  private targets: Target[] = [];
  private members = new Map<string, MemberKey>();
  /** The accounts this batch created, by id. */
  private accounts = new Set<string>();
  private readonly institutionId: string;
  private readonly userType: UserType;
  private readonly carefully: boolean;

  constructor(
    private readonly em: EntityManager,
    private readonly stores: Stores,
    private readonly command: ImportApplyCommand,
    written: 'plainly' | 'carefully',
  ) {
    this.institutionId = command.institutionId;
    this.userType = command.userType;
    this.carefully = written === 'carefully';
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
    const creating = this.command.people
      .filter((person) => !person.userId)
      .map((person): NewRow<User> & NewAccount => ({
        id: randomUUID(),
        ...emailFields(person.email),
        name: (person.name ?? '').trim(),
      }));
    const template = new User('', '', this.userType, 'active');
    const inserted = await this.stores.users.insert(this.em, template, creating, this.carefully);
    const created = creating.filter((account) => inserted.has(account.id));
    const taken = creating.filter((account) => !inserted.has(account.id));
    this.accounts = inserted;
    this.created = created.map((account) => ({
      userId: account.id,
      email: account.email,
      name: account.name,
      userType: this.userType,
      status: template.status,
    }));
    // Only the accounts this batch did not just create are read: the ones it updates, and emails taken already.
    const updating = this.command.people.flatMap((person) => (person.userId ? [person.userId] : []));
    const existing =
      taken.length === 0 && updating.length === 0
        ? []
        : await this.stores.users.keys(
            this.em,
            taken.map((account) => account.emailKey),
            updating,
          );
    this.targetAccounts(created, existing);
  }

  /** Each row's account, found among the ones it created and the others read: it fails if none, or another type's. */
  private targetAccounts(created: NewAccount[], existing: AccountKey[]) {
    const accounts: AccountKey[] = [
      ...existing,
      ...created.map((account) => ({
        id: account.id,
        email_key: account.emailKey,
        user_type: this.userType,
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
    const checked = this.carefully ? this.targets : existing;
    if (checked.length === 0) return;
    const members = await this.stores.memberships.ofAccountsOrUsernames(
      this.em,
      this.institutionId,
      existing.map((target) => target.targetId),
      checked.map((target) => target.usernameKey),
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
    const renamed = await this.stores.users.rename(
      this.em,
      renaming.map((target) => ({ id: target.targetId, name: (target.name ?? '').trim() })),
    );
    this.renamed = renamed.map((user) => ({ userId: user.id, name: user.name, status: user.status }));
  }

  /**
   * New members are active with the file's role; existing ones get the row's username (when it is another one),
   * auth identifier and attributes (blank cells are absent, so they never erase), and a pending one approved by the
   * run becomes active.
   */
  private async writeMemberships(): Promise<void> {
    const joining = this.targets.filter((target) => !this.members.has(target.targetId));
    const insertedIds = await this.insertMembers(joining);
    const joined = joining.filter((target) => insertedIds.has(target.targetId));
    await this.readSkippedMembers(joining.filter((target) => !insertedIds.has(target.targetId)));
    const staying = this.targets.filter((target) => this.members.has(target.targetId));
    const activating = staying.filter(
      (target) => target.activate && this.members.get(target.targetId)?.status === 'pending',
    );
    await this.updateMembers(staying, new Set(activating));
    const roles = [this.role];
    this.granted = [...joined, ...activating].map((target) => ({
      userId: target.targetId,
      email: target.email.trim(),
      username: target.username.trim(),
      roles,
    }));
  }

  /**
   * The accounts that joined: plainly, all of them (or the insert breaks); carefully, those whose username was free.
   * An account that was there before the import is attached, not entrusted: the person did nothing to join.
   */
  private insertMembers(joining: Target[]): Promise<Set<string>> {
    const account = new User('', '', this.userType, 'active');
    const template = new Membership(account, this.institutionId, 'active', [this.role], '');
    const members = joining.map((target) => ({
      id: randomUUID(),
      user: target.targetId,
      ...usernameFields(target.username),
      authIdentifier: authIdentifierOf(target),
      attributes: target.attributes,
      loginEntrusted: this.accounts.has(target.targetId),
    }));
    return this.stores.memberships.insert(this.em, template, members, this.carefully);
  }

  /**
   * A careful insert skips a row whose username was taken since it was read, and one whose account joined the
   * institution meanwhile (a join request approved): the accounts now members are read, to be changed as members
   * unless someone else holds the row's username; the others fail.
   */
  private async readSkippedMembers(skipped: Target[]): Promise<void> {
    if (skipped.length === 0) return;
    const members = await this.stores.memberships.ofAccountsOrUsernames(
      this.em,
      this.institutionId,
      skipped.map((target) => target.targetId),
      skipped.map((target) => target.usernameKey),
    );
    const holders = new Map(members.map((member) => [member.username_key, member.user_id]));
    const byAccount = new Map(members.map((member) => [member.user_id, member]));
    for (const target of skipped) {
      const member = byAccount.get(target.targetId);
      const holder = holders.get(target.usernameKey);
      if (member && (holder === undefined || holder === target.targetId))
        this.members.set(target.targetId, member);
      else this.fail(target, `the username ${target.username} was taken meanwhile`);
    }
  }

  /** Members already at the institution get what their rows change; a batch of new people sends no statement. */
  private updateMembers(staying: Target[], activated: Set<Target>): Promise<void> {
    return this.stores.memberships.change(
      this.em,
      this.institutionId,
      this.role,
      staying.map((target) => ({
        user_id: target.targetId,
        username: target.username.trim(),
        username_key: target.usernameKey,
        auth_identifier: authIdentifierOf(target),
        attributes: target.attributes,
        activate: activated.has(target),
      })),
    );
  }

  private get role(): InstitutionRole {
    return this.userType as InstitutionRole;
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
}

/** A blank auth identifier is absent: it never erases one there. */
function authIdentifierOf(target: Target): string | null {
  return target.authIdentifier?.trim() || null;
}
