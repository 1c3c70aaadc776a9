import type { FailedRowsPageReply } from '@careers/contracts';
import { spreadsheetSafeLine } from './spreadsheet-safe-csv';

/** An import's failed rows as CSV lines: the uploaded header plus `error`, then every row, a page at a time. */
export async function* failedRowsCsv(
  first: FailedRowsPageReply,
  page: (afterRow: number) => Promise<FailedRowsPageReply>,
): AsyncGenerator<string> {
  yield spreadsheetSafeLine([...first.header, 'error']);
  let current = first;
  for (;;) {
    for (const row of current.rows) yield spreadsheetSafeLine([...row.cells, row.error]);
    if (current.next === null) return;
    current = await page(current.next);
  }
}
