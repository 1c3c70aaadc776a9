import { SPREADSHEET_FORMULA_START, SPREADSHEET_GUARD } from '@careers/contracts';

/**
 * One CSV line that is safe to open in a spreadsheet: a cell that a spreadsheet would run as a formula gets a
 * leading apostrophe (shown as text, the value otherwise as uploaded), and every cell is quoted as RFC 4180 says.
 */
export function spreadsheetSafeLine(cells: string[]): string {
  return `${cells.map(safeCell).join(',')}\r\n`;
}

function safeCell(value: string): string {
  const neutral = SPREADSHEET_FORMULA_START.test(value) ? `${SPREADSHEET_GUARD}${value}` : value;
  return /[",\r\n]/.test(neutral) || neutral !== neutral.trim()
    ? `"${neutral.replace(/"/g, '""')}"`
    : neutral;
}
