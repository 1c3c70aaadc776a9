import type { AccountByEmail, ImportApplyFailure } from '@careers/contracts';
import type { RowDecision } from '@careers/contracts';
import type { RowValues } from '../analysis/row-values';
import type { Import } from '../imports/import.entity';

/** A batch's writes take a few seconds at most; the owning service writes set-based whatever its size. */
export const APPLY_TIMEOUT_MS = 60_000;

/** A row decided against what the system holds now. */
export interface DecidedRow {
  row: number;
  decision: RowDecision;
  /** What the run sends for the row to be written (the state it asks for); `null` when it writes nothing. */
  apply: object | null;
  /** The account with the row's email, when a people file's row has one. */
  account?: AccountByEmail;
  /** A sync row whose username is a member's, and that it does not skip: whether it gives the member another email. */
  memberMatch?: { emailDiffers: boolean };
}

export interface RowToDecide {
  row: number;
  values: RowValues;
}

export interface RowToApply {
  row: number;
  /** What the run decided to send for the row. */
  apply: object;
}

/**
 * Where a kind of file goes (identity for people, directory for contacts): how its rows are decided, a batch at a
 * time against the owning service, and how decided rows are written there, a batch per request.
 */
export interface RowTarget {
  decide(imported: Import, rows: RowToDecide[]): Promise<DecidedRow[]>;
  /**
   * What the row does when nothing in the system matches it: it creates, from its values alone. The dry run stores a
   * row it plans to create as its outcome only (the cells are stored already); this makes its changes again whenever
   * the plan is read.
   */
  created(imported: Import, row: RowToDecide): DecidedRow;
  /** Writes rows decided earlier; answers the rows that could not be written and why. */
  apply(imported: Import, rows: RowToApply[]): Promise<ImportApplyFailure[]>;
}
