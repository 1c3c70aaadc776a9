import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ListPlanQuery, PlanPageReply, RowOutcomeName, RowPlanReply } from '@careers/contracts';
import { jsonBytes, keysetPage, SortKey } from '@careers/messaging';
import { ImportRunRow } from '../runs/import-run-row.entity';
import type { RowTarget } from '../targets/row-target';
import type { Import } from './import.entity';
import { ImportStore } from './import-store';
import { ImportRow } from './import-row.entity';
import { creationChanges } from './stored-rows';

const ROW_ERRORS_REASON = 'the row has errors: see its findings';

/** In the file's order: a row's number is unique within its import. */
const IN_FILE_ORDER: SortKey[] = [{ path: 'row', direction: 'asc', kind: 'integer' }];

/**
 * A page of rows with what running them will do (`plan`: the dry run on upload) or did (`run`), filtered by
 * outcome, with every row counted by outcome. A row with errors is not run: it fails. The dry run stores a row that
 * creates without its changes (they are its values): they are made again from its cells; a run stores what it
 * decided whole (runs from before that did not: see `ranRows`). A row's values are up to thousands of characters: a
 * page stops early rather than outgrow one reply.
 */
export async function rowOutcomesPage(
  em: EntityManager,
  imported: Import,
  target: RowTarget,
  query: ListPlanQuery,
  of: 'plan' | 'run',
): Promise<PlanPageReply> {
  const store = new ImportStore(em, imported.id);
  const counts = of === 'plan' ? await store.planCounts() : await store.runCounts();
  const page =
    of === 'plan'
      ? await keysetPage(
          em,
          {
            entity: ImportRow,
            where: planWhere(imported.id, query.outcome),
            order: IN_FILE_ORDER,
            toItems: (rows: ImportRow[]) => plannedRows(imported, target, rows),
            spentBytes: jsonBytes({ counts }),
          },
          query,
        )
      : await keysetPage(
          em,
          {
            entity: ImportRunRow,
            where: { importId: imported.id, ...(query.outcome ? { outcome: query.outcome } : {}) },
            order: IN_FILE_ORDER,
            toItems: (rows: ImportRunRow[]) => ranRows(imported, target, store, rows),
            spentBytes: jsonBytes({ counts }),
          },
          query,
        );
  return { ...page, counts };
}

function planWhere(importId: string, outcome: RowOutcomeName | undefined): FilterQuery<ImportRow> {
  if (outcome === 'fail') return { importId, $or: [{ planOutcome: 'fail' }, { errors: { $gt: 0 } }] };
  return outcome ? { importId, planOutcome: outcome } : { importId };
}

function plannedRows(imported: Import, target: RowTarget, rows: ImportRow[]): RowPlanReply[] {
  const created = creationChanges(
    imported,
    target,
    rows.filter((row) => row.planOutcome === 'create'),
  );
  return rows.map((row) => ({
    row: row.row,
    outcome: row.planOutcome ?? 'fail',
    changes: created.get(row.row) ?? row.planChanges ?? [],
    reason: row.planOutcome ? row.planReason : ROW_ERRORS_REASON,
  }));
}

/**
 * A run from before decisions were stored whole stored a created row without its changes (`null`, where a run now
 * stores at least `[]`): they are made again from its cells.
 */
async function ranRows(
  imported: Import,
  target: RowTarget,
  store: ImportStore,
  rows: ImportRunRow[],
): Promise<RowPlanReply[]> {
  const older = rows.filter((row) => row.outcome === 'create' && row.changes === null);
  const created = creationChanges(imported, target, await store.rowsAt(older.map((row) => row.row)));
  return rows.map((row) => ({
    row: row.row,
    outcome: row.outcome,
    changes: row.changes ?? created.get(row.row) ?? [],
    reason: row.reason,
  }));
}
