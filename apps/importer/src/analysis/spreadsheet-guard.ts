import { SPREADSHEET_FORMULA_START, SPREADSHEET_GUARD } from '@careers/contracts';

/**
 * The cell as first uploaded, when it comes back in a failed-rows download uploaded again (seed 004): without the
 * guard that download puts before a cell a spreadsheet would run as a formula.
 */
export function withoutSpreadsheetGuard(cell: string): string {
  const guarded =
    cell.startsWith(SPREADSHEET_GUARD) &&
    SPREADSHEET_FORMULA_START.test(cell.slice(SPREADSHEET_GUARD.length));
  return guarded ? cell.slice(SPREADSHEET_GUARD.length) : cell;
}
