import { Injectable } from '@nestjs/common';
import {
  AccountByEmail,
  IdentitySubjects,
  ImportApplyFailure,
  ImportedPerson,
  ImportLookupReply,
  MemberByUsername,
  OnboardingSubjects,
  UserType,
} from '@careers/contracts';
import { chunksWithinBudget, ServiceClient } from '@careers/messaging';
import type { RowValues } from '../analysis/row-values';
import type { RowDecision } from '@careers/contracts';
import { decideUserRow, IDENTITY_COLUMNS } from '@careers/contracts';
import type { Import } from '../imports/import.entity';
import {
  APPLY_TIMEOUT_MS,
  type DecidedRow,
  type RowTarget,
  type RowToApply,
  type RowToDecide,
} from './row-target';

/** A batch of at least this many people is written in two halves at once. */
const SPLIT_FROM = 1000;

const USER_TYPE_OF_FILE: Record<string, UserType> = {
  Students: 'student',
  Alumni: 'alumni',
  Mentors: 'mentor',
};

/**
 * Students, alumni and mentors files: decided by DESIGN rule 7 against identity's accounts and members (a lookup a
 * batch), written by identity a batch per request; people whose pending request the run approves are approved by
 * onboarding, which owns requests to join.
 */
@Injectable()
export class PeopleTarget implements RowTarget {
  constructor(private readonly services: ServiceClient) {}

  async decide(imported: Import, rows: RowToDecide[]): Promise<DecidedRow[]> {
    const lookup = await this.lookup(imported.institutionId, rows);
    return rows.map((row) =>
      this.decideRow(
        imported,
        row,
        lookup.accounts.get(row.values['email_address'].toLowerCase()),
        lookup.members.get(row.values['username'].toLowerCase()),
      ),
    );
  }

  created(imported: Import, row: RowToDecide): DecidedRow {
    return this.decideRow(imported, row, undefined, undefined);
  }

  private decideRow(
    imported: Import,
    row: RowToDecide,
    account: AccountByEmail | undefined,
    holder: MemberByUsername | undefined,
  ): DecidedRow {
    const decision = decideUserRow(row.values, {
      mode: imported.mode,
      sensitiveFields: imported.sensitiveFields,
      userType: USER_TYPE_OF_FILE[imported.fileType],
      account,
      holder,
    });
    return {
      row: row.row,
      decision,
      apply: personToApply(row.row, row.values, decision),
      account,
      // A skipped row writes nothing: the guard on a sync's changed emails counts only the rows it would write.
      memberMatch:
        holder && decision.outcome !== 'skip'
          ? { emailDiffers: holder.email.toLowerCase() !== row.values['email_address'].toLowerCase() }
          : undefined,
    };
  }

  /**
   * A large batch in two halves written at once, each in its own transaction: a file's emails and usernames are
   * unique, so the halves never touch the same rows, and identity's inserts (one statement at a time in a
   * transaction) use both cores. A small one in one request, where a second would cost more than it saves.
   */
  async apply(imported: Import, rows: RowToApply[]): Promise<ImportApplyFailure[]> {
    const people = rows.map((row) => row.apply as ImportedPerson);
    const half = Math.ceil(people.length / 2);
    const parts = people.length < SPLIT_FROM ? [people] : [people.slice(0, half), people.slice(half)];
    const replies = await Promise.all(
      parts.map(async (part) => {
        const written: ImportApplyFailure[][] = [];
        // Long values make a part larger than one NATS message: it goes in runs that each fit, one after another.
        for (const chunk of chunksWithinBudget(part)) {
          const reply = await this.services.request(
            IdentitySubjects.importApply,
            {
              institutionId: imported.institutionId,
              userType: USER_TYPE_OF_FILE[imported.fileType],
              people: chunk,
            },
            { timeoutMs: APPLY_TIMEOUT_MS },
          );
          written.push(reply.failures);
        }
        return written.flat();
      }),
    );
    const failures = replies.flat();
    const failed = new Set(failures.map((failure) => failure.row));
    const approving = people.filter((person) => person.activate && person.userId && !failed.has(person.row));
    if (approving.length > 0 && imported.runStartedBy) {
      await this.services.request(OnboardingSubjects.approveImportedMembers, {
        institutionId: imported.institutionId,
        actorId: imported.runStartedBy,
        userIds: approving.map((person) => person.userId as string),
      });
    }
    return failures;
  }

  private async lookup(institutionId: string, rows: RowToDecide[]) {
    const reply: ImportLookupReply = await this.services.request(IdentitySubjects.importLookup, {
      institutionId,
      emails: rows.map((row) => row.values['email_address']),
      usernames: rows.map((row) => row.values['username']),
    });
    return {
      accounts: new Map(reply.accounts.map((account) => [account.email.toLowerCase(), account])),
      members: new Map(reply.members.map((member) => [member.username.toLowerCase(), member])),
    };
  }
}

/** The state a created or updated row asks identity for; blank cells are absent from the values, so never sent. */
function personToApply(row: number, values: RowValues, decision: RowDecision): ImportedPerson | null {
  if (decision.outcome !== 'create' && decision.outcome !== 'update') return null;
  const renames = decision.outcome === 'create' || decision.changes.some((change) => change.field === 'name');
  return {
    row,
    ...(decision.userId ? { userId: decision.userId } : {}),
    email: values['email_address'],
    ...(renames ? { name: `${values['first_name']} ${values['last_name']}` } : {}),
    username: values['username'],
    ...(values['auth_identifier'] ? { authIdentifier: values['auth_identifier'] } : {}),
    attributes: Object.fromEntries(
      Object.entries(values).filter(([column]) => !IDENTITY_COLUMNS.has(column)),
    ),
    activate: decision.approvesPendingRequest,
  };
}
