import { Injectable } from '@nestjs/common';
import { DirectorySubjects, ImportApplyFailure, ImportedContact } from '@careers/contracts';
import { chunksWithinBudget, ServiceClient } from '@careers/messaging';
import { decideContactRow } from '../decisions/contact-row-decision';
import type { Import } from '../imports/import.entity';
import {
  APPLY_TIMEOUT_MS,
  type DecidedRow,
  type RowTarget,
  type RowToApply,
  type RowToDecide,
} from './row-target';

/** Contacts files: decided against the institution's address book, written by the directory a batch per request. */
@Injectable()
export class ContactsTarget implements RowTarget {
  constructor(private readonly services: ServiceClient) {}

  async decide(imported: Import, rows: RowToDecide[]): Promise<DecidedRow[]> {
    const { contacts } = await this.services.request(DirectorySubjects.importLookupContacts, {
      institutionId: imported.institutionId,
      emails: rows.map((row) => row.values['email_address']),
    });
    const byEmail = new Map(contacts.map((contact) => [contact.email.toLowerCase(), contact]));
    return rows.map((row) => ({
      row: row.row,
      ...decideContactRow(row.row, row.values, byEmail.get(row.values['email_address'].toLowerCase())),
    }));
  }

  created(_imported: Import, row: RowToDecide): DecidedRow {
    return { row: row.row, ...decideContactRow(row.row, row.values, undefined) };
  }

  /** In runs that each fit in one NATS message (a batch of long values would not), one after another. */
  async apply(imported: Import, rows: RowToApply[]): Promise<ImportApplyFailure[]> {
    const failures: ImportApplyFailure[] = [];
    for (const contacts of chunksWithinBudget(rows.map((row) => row.apply as ImportedContact))) {
      const reply = await this.services.request(
        DirectorySubjects.importApplyContacts,
        {
          institutionId: imported.institutionId,
          actorId: imported.runStartedBy ?? imported.createdBy,
          contacts,
        },
        { timeoutMs: APPLY_TIMEOUT_MS },
      );
      failures.push(...reply.failures);
    }
    return failures;
  }
}
