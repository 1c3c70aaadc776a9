import type { FindingSeverity } from '@careers/contracts';

/** What an analyzer found: about a cell, a row (`column` null) or the whole file (`row` null). */
export interface Finding {
  row: number | null;
  column: string | null;
  value: string | null;
  code: string;
  message: string;
  severity: FindingSeverity;
}

/** Cells are bounded in findings: a 10 MB cell is not repeated back in full. */
const MAX_VALUE_IN_FINDING = 200;

export function finding(
  severity: FindingSeverity,
  code: string,
  message: string,
  at: { row?: number; column?: string; value?: string } = {},
): Finding {
  const value = at.value === undefined ? null : at.value.slice(0, MAX_VALUE_IN_FINDING);
  return { row: at.row ?? null, column: at.column ?? null, value, code, message, severity };
}
