import type { FileDefinition } from '../file-definitions/file-definition';
import { withoutSpreadsheetGuard } from './spreadsheet-guard';

/** A row's values by column name, blank cells left out. */
export type RowValues = Record<string, string>;

/** Where each known column is in the header: an unknown, unnamed or repeated column is left out. */
export function columnIndexOf(header: string[], definition: FileDefinition): Map<string, number> {
  const known = new Set(definition.columns.map((column) => column.name));
  const columnIndex = new Map<string, number>();
  const seen = new Set<string>();
  header.forEach((raw, index) => {
    const name = raw.trim();
    if (name === '') return;
    if (seen.has(name)) {
      columnIndex.delete(name);
      return;
    }
    seen.add(name);
    if (known.has(name)) columnIndex.set(name, index);
  });
  return columnIndex;
}

/**
 * A row's values, trimmed, in the definition's order, blank cells left out, each without the guard a failed-rows
 * download puts before formula-like cells: what the analyzers check and a run decides from. Rows are stored as
 * uploaded (their cells) and their values made again whenever they are read.
 */
export function rowValues(
  definition: FileDefinition,
  columnIndex: Map<string, number>,
  cells: string[],
): RowValues {
  const values: RowValues = {};
  for (const column of definition.columns) {
    const index = columnIndex.get(column.name);
    const value = index === undefined ? '' : withoutSpreadsheetGuard(cells[index] ?? '').trim();
    if (value !== '') values[column.name] = value;
  }
  return values;
}
