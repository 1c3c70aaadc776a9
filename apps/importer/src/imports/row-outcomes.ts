import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ListPlanQuery, PlanPageReply, RowPlanReply } from '@careers/contracts';
import { InvalidInputError, jsonBytes, withinPageBudget } from '@careers/messaging';
import { ImportRunRow } from '../runs/import-run-row.entity';
import type { RowTarget } from '../targets/row-target';
import type { Import } from './import.entity';
import { ImportStore } from './import-store';
import { ImportRow } from './import-row.entity';
import { decodeRowCursor, encodeRowCursor } from './row-cursor';
import { creationChanges } from './stored-rows';

const DEFAULT_PAGE_SIZE = 100;
const ROW_ERRORS_REASON = 'the row has errors: see its findings';

/**
 * A page of rows with what running them will do (`plan`: the dry run on upload) or did (`run`), filtered by
 * outcome, with every row counted by outcome. A row with errors is not run: it fails. A row that creates is stored
 * without its changes (they are its values): they are made again from its cells. Pages go by number (`page`) or
 * after the last row of the page before (`cursor`, which `nextCursor` gives whenever rows follow).
 */
export async function rowOutcomesPage(
  em: EntityManager,
  imported: Import,
  target: RowTarget,
  query: ListPlanQuery,
  of: 'plan' | 'run',
): Promise<PlanPageReply> {
  const importId = imported.id;
  if (query.cursor !== undefined && query.page !== undefined) {
    throw new InvalidInputError([{ field: 'page', message: 'page cannot be combined with cursor' }]);
  }
  const afterRow = query.cursor === undefined ? undefined : decodeRowCursor(query.cursor);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  // One row more than the page, to tell whether rows follow it.
  const paging = {
    orderBy: { row: 'asc' as const },
    limit: pageSize + 1,
    offset: afterRow === undefined ? (page - 1) * pageSize : 0,
  };
  const after = afterRow === undefined ? {} : { row: { $gt: afterRow } };
  const store = new ImportStore(em, importId);
  let read: RowPlanReply[];
  let total: number;
  if (of === 'plan') {
    const where: FilterQuery<ImportRow> = { importId };
    if (query.outcome === 'fail') where.$or = [{ planOutcome: 'fail' }, { errors: { $gt: 0 } }];
    else if (query.outcome) where.planOutcome = query.outcome;
    const rows = await em.find(ImportRow, { ...where, ...after }, paging);
    total = await em.count(ImportRow, where);
    const created = creationChanges(
      imported,
      target,
      rows.filter((row) => row.planOutcome === 'create'),
    );
    read = rows.map((row) => ({
      row: row.row,
      outcome: row.planOutcome ?? 'fail',
      changes: created.get(row.row) ?? row.planChanges ?? [],
      reason: row.planOutcome ? row.planReason : ROW_ERRORS_REASON,
    }));
  } else {
    const where: FilterQuery<ImportRunRow> = {
      importId,
      ...(query.outcome ? { outcome: query.outcome } : {}),
    };
    const rows = await em.find(ImportRunRow, { ...where, ...after }, paging);
    total = await em.count(ImportRunRow, where);
    const cells = await store.cellsOf(
      rows
        .slice(0, pageSize)
        .filter((row) => row.outcome === 'create')
        .map((row) => row.row),
    );
    const created = creationChanges(
      imported,
      target,
      [...cells].map(([row, rowCells]) => ({ row, cells: rowCells })),
    );
    read = rows.map((row) => ({
      row: row.row,
      outcome: row.outcome,
      changes: created.get(row.row) ?? row.changes ?? [],
      reason: row.reason,
    }));
  }
  const counts = of === 'plan' ? await store.planCounts() : await store.runCounts();
  // A row's values are up to thousands of characters: a page stops early rather than outgrow one reply.
  const items = withinPageBudget(read.slice(0, pageSize), jsonBytes({ page, pageSize, total, counts }));
  const last = items.at(-1);
  const nextCursor = read.length > items.length && last ? encodeRowCursor(last.row) : null;
  return { items, page, pageSize, total, counts, nextCursor };
}
