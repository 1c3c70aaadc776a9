import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  AccountByEmail,
  decideUserRow,
  ImportedPerson,
  MembershipStatus,
  MemberByUsername,
  ProvisionScimPersonCommand,
  RowDecision,
  ScimPerson,
  SENSITIVE_FIELDS_MESSAGE,
} from '@careers/contracts';
import { ImportApply } from '../imports/import-apply';
import { ImportLookup } from '../imports/import-lookup';
import { membershipOf } from '../memberships/membership-placement';
import { recordMembershipGranted, recordMembershipRevoked } from '../memberships/membership-events';
import { ScimImmutableField, ScimPersonTaken } from './scim-errors';
import { ScimPeople } from './scim-people';

/** The statuses provisioning moves between: a request to join (pending or declined) is the school's staff's to decide. */
const PROVISIONED_STATUSES: readonly MembershipStatus[] = ['active', 'inactive'];

const EMAIL_IMMUTABLE =
  'The email may not change through provisioning: an ongoing sync updates a person only when email and userName both match.';

/** What the lookup found for the person's email and username. */
interface Found {
  account?: AccountByEmail;
  holder?: MemberByUsername;
}

/**
 * A school's identity provider creating or replacing a person, decided by DESIGN rule 7 as an ongoing sync (the
 * importer's own rule) and written by the import's writer, so that it publishes the same events as a file would: an
 * update only when email and username both match one person; a change of a username or an auth identifier refused
 * with the rule's message; an email of another account type refused; a person excluded from syncs left alone. A
 * pending self-made account is never taken over: a create naming it is refused, and it is no provisioned person.
 *
 * `active` moves the membership between active and inactive (the account stays), announced as the membership revoked
 * or granted. The school's provisioning takes turns: two creates of one person give one person and one refusal.
 */
@Injectable()
export class ScimProvisioning {
  constructor(
    private readonly lookup: ImportLookup,
    private readonly applier: ImportApply,
    private readonly people: ScimPeople,
  ) {}

  provision(em: EntityManager, command: ProvisionScimPersonCommand): Promise<ScimPerson> {
    return em.transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
        `scim:${command.institutionId}`,
      ]);
      const current = command.userId
        ? await this.people.get(tx, command.institutionId, command.userId)
        : null;
      const found = await this.find(tx, command);
      const decision = decideUserRow(
        {
          first_name: command.givenName.trim(),
          last_name: command.familyName.trim(),
          email_address: command.email.trim(),
          username: command.username.trim(),
          ...(command.externalId?.trim() ? { auth_identifier: command.externalId.trim() } : {}),
        },
        { mode: 'sync', sensitiveFields: false, userType: command.userType, ...found },
      );
      if (current) {
        refuseUpdate(decision, found, current);
        if (decision.outcome === 'skip') return current;
      } else if (decision.outcome !== 'create') {
        refuseCreate(decision, found);
      }
      const userId = await this.write(tx, command, decision);
      await this.activate(tx, command.institutionId, userId, command.active);
      return this.people.get(tx, command.institutionId, userId);
    });
  }

  private async find(em: EntityManager, command: ProvisionScimPersonCommand): Promise<Found> {
    const reply = await this.lookup.find(em, {
      institutionId: command.institutionId,
      emails: [command.email.trim()],
      usernames: [command.username.trim()],
    });
    return { account: reply.accounts[0], holder: reply.members[0] };
  }

  /** The decided person through the import's writer; a world changed since the lookup is a refusal. */
  private async write(
    em: EntityManager,
    command: ProvisionScimPersonCommand,
    decision: RowDecision,
  ): Promise<string> {
    if (decision.outcome === 'unchanged') return decision.userId as string;
    const renames =
      decision.outcome === 'create' || decision.changes.some((change) => change.field === 'name');
    const person: ImportedPerson = {
      row: 1,
      ...(decision.userId ? { userId: decision.userId } : {}),
      email: command.email.trim(),
      ...(renames ? { name: `${command.givenName.trim()} ${command.familyName.trim()}`.trim() } : {}),
      username: command.username.trim(),
      ...(command.externalId?.trim() ? { authIdentifier: command.externalId.trim() } : {}),
      attributes: {},
      activate: false,
    };
    const reply = await this.applier.apply(em, {
      institutionId: command.institutionId,
      userType: command.userType,
      people: [person],
    });
    if (reply.failures.length > 0) throw new ScimPersonTaken(reply.failures[0].reason);
    if (decision.userId) return decision.userId;
    const written = await this.find(em, command);
    return written.account?.userId as string;
  }

  private async activate(
    em: EntityManager,
    institutionId: string,
    userId: string,
    active: boolean,
  ): Promise<void> {
    const membership = await membershipOf(em, institutionId, userId);
    if (!membership || !PROVISIONED_STATUSES.includes(membership.status)) return;
    if (membership.isActive === active) return;
    if (active) {
      membership.status = 'active';
      recordMembershipGranted(em, membership);
    } else {
      membership.status = 'inactive';
      recordMembershipRevoked(em, membership);
    }
    await em.flush();
  }
}

/** A create is refused whenever the person is there already, or the rule refuses them: nothing is written. */
function refuseCreate(decision: RowDecision, found: Found): never {
  if (decision.outcome === 'fail' && decision.code === 'other_account_type')
    throw new ScimPersonTaken(decision.reason as string);
  if (found.holder)
    throw new ScimPersonTaken(
      `The userName ${found.holder.username} is another person's at this institution.`,
    );
  throw new ScimPersonTaken(
    found.account?.membership?.status === 'pending'
      ? 'The email belongs to a self-made account waiting for review at this institution: it is never taken over.'
      : 'The email belongs to an account already: an ongoing sync updates a person only when email and userName both match.',
  );
}

/**
 * A replace of a provisioned person: its email and username must still be that person's, as the rule says. A decision
 * about anyone else (the email and username of another member, or of nobody) is refused: a request names the person
 * it changes, and never changes another.
 */
function refuseUpdate(decision: RowDecision, found: Found, current: ScimPerson): void {
  if (decision.outcome !== 'fail') {
    if (decision.userId === current.userId) return;
    if (decision.userId) throw new ScimPersonTaken("The email and userName are another person's.");
    throw new ScimImmutableField(EMAIL_IMMUTABLE);
  }
  if (decision.code === 'other_account_type') throw new ScimPersonTaken(decision.reason as string);
  if (found.holder && found.holder.userId !== current.userId)
    throw new ScimPersonTaken(
      `The userName ${found.holder.username} is another person's at this institution.`,
    );
  if (found.account && found.account.userId !== current.userId)
    throw new ScimPersonTaken('The email belongs to another account.');
  if (decision.code === 'sensitive_fields') throw new ScimImmutableField(SENSITIVE_FIELDS_MESSAGE);
  // The email is the person's and the username is free: the username is what changed.
  if (found.account) throw new ScimImmutableField(SENSITIVE_FIELDS_MESSAGE);
  throw new ScimImmutableField(EMAIL_IMMUTABLE);
}
