import type { ContactForImport, ImportedContact } from '@careers/contracts';
import type { RowValues } from '../analysis/row-values';
import { splitList } from '../file-definitions/column-rule';
import { decided, FieldChange, RowDecision } from '@careers/contracts';

/** The contacts file's columns and the contact's fields they fill. */
const FIELDS = [
  ['first_name', 'firstName'],
  ['last_name', 'lastName'],
  ['title', 'title'],
  ['employer_name', 'companyName'],
  ['phone_number', 'phone'],
] as const;

/**
 * One row of a contacts file: a contact is found by its email in the institution's address book; a new one is
 * created (source: bulk upload), a known one gets the row's fields where they differ. Blank cells never erase;
 * labels are added, never taken away; `archive` archives (`true`) or restores (`false`).
 */
export function decideContactRow(
  row: number,
  values: RowValues,
  existing: ContactForImport | undefined,
): { decision: RowDecision; apply: ImportedContact | null } {
  const changes: FieldChange[] = [];
  const apply: ImportedContact = { row, email: values['email_address'] };
  if (existing) apply.contactId = existing.id;
  for (const [column, field] of FIELDS) {
    const value = values[column];
    const current = existing ? existing[field] : null;
    if (value === undefined || value === current) continue;
    changes.push({ field, from: current, to: value });
    apply[field] = value;
  }
  const held = new Set((existing?.labels ?? []).map((label) => label.toLowerCase()));
  const added = splitList(values['labels'] ?? '').filter((label) => !held.has(label.toLowerCase()));
  if (added.length > 0) {
    changes.push({ field: 'labels', from: existing?.labels.join('; ') || null, to: added.join('; ') });
    apply.labels = added;
  }
  const archived = values['archive'] === undefined ? undefined : values['archive'] === 'true';
  if (archived !== undefined && archived !== (existing?.archived ?? false)) {
    changes.push({ field: 'archived', from: String(!archived), to: String(archived) });
    apply.archived = archived;
  }
  if (!existing) {
    return {
      decision: decided('create', { changes: [{ field: 'email', from: null, to: apply.email }, ...changes] }),
      apply,
    };
  }
  return changes.length > 0
    ? { decision: decided('update', { changes }), apply }
    : { decision: decided('unchanged'), apply: null };
}
