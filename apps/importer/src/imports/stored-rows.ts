import type { FieldChange } from '@careers/contracts';
import { FILE_DEFINITIONS } from '../file-definitions';
import { columnIndexOf, rowValues } from '../analysis/row-values';
import type { RowTarget, RowToDecide } from '../targets/row-target';
import type { Import } from './import.entity';
import type { StoredRow } from './import-store';

/** An import's stored rows read as the analyzers saw them: their values made again from the cells and the header. */
export function storedRowReader(imported: Import): (stored: StoredRow) => RowToDecide {
  const definition = FILE_DEFINITIONS[imported.fileType];
  const columnIndex = columnIndexOf(imported.header, definition);
  return ({ row, cells }) => ({ row, values: rowValues(definition, columnIndex, cells) });
}

/** The changes of rows that create (stored without them: they are the row's values), by row number. */
export function creationChanges(
  imported: Import,
  target: RowTarget,
  rows: StoredRow[],
): Map<number, FieldChange[]> {
  const read = storedRowReader(imported);
  return new Map(rows.map((row) => [row.row, target.created(imported, read(row)).decision.changes]));
}
