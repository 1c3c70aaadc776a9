/** What running a row does, decided the same way for the dry run and the real run. */
export type RowOutcome = 'create' | 'update' | 'unchanged' | 'skip' | 'fail';

export interface FieldChange {
  field: string;
  from: string | null;
  to: string;
}

export interface RowDecision {
  outcome: RowOutcome;
  changes: FieldChange[];
  /** Why a row is skipped or fails: a code and the message people read. */
  code: string | null;
  reason: string | null;
  /** The account the row is about, when there is one. */
  userId: string | null;
  /** A manual run with the sensitive-fields setting approves the person's pending request to join. */
  approvesPendingRequest: boolean;
}

export function decided(
  outcome: RowOutcome,
  fields: Partial<Omit<RowDecision, 'outcome'>> = {},
): RowDecision {
  return {
    outcome,
    changes: fields.changes ?? [],
    code: fields.code ?? null,
    reason: fields.reason ?? null,
    userId: fields.userId ?? null,
    approvesPendingRequest: fields.approvesPendingRequest ?? false,
  };
}
