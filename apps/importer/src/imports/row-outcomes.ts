import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ListPlanQuery, PlanPageReply, RowPlanReply } from '@careers/contracts';
import { ImportRunRow } from '../runs/import-run-row.entity';
import type { RowTarget } from '../targets/row-target';
import type { Import } from './import.entity';
import { ImportStore } from './import-store';
import { ImportRow } from './import-row.entity';
import { creationChanges } from './stored-rows';

const DEFAULT_PAGE_SIZE = 100;
const ROW_ERRORS_REASON = 'the row has errors: see its findings';

/**
 * A page of rows with what running them will do (`plan`: the dry run on upload) or did (`run`), filtered by
 * outcome, with every row counted by outcome. A row with errors is not run: it fails. A row that creates is stored
 * without its changes (they are its values): they are made again from its cells.
 */
export async function rowOutcomesPage(
  em: EntityManager,
  imported: Import,
  target: RowTarget,
  query: ListPlanQuery,
  of: 'plan' | 'run',
): Promise<PlanPageReply> {
  const importId = imported.id;
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const paging = { orderBy: { row: 'asc' as const }, limit: pageSize, offset: (page - 1) * pageSize };
  const store = new ImportStore(em, importId);
  let items: RowPlanReply[];
  let total: number;
  if (of === 'plan') {
    const where: FilterQuery<ImportRow> = { importId };
    if (query.outcome === 'fail') where.$or = [{ planOutcome: 'fail' }, { errors: { $gt: 0 } }];
    else if (query.outcome) where.planOutcome = query.outcome;
    const [rows, count] = await em.findAndCount(ImportRow, where, paging);
    total = count;
    const created = creationChanges(
      imported,
      target,
      rows.filter((row) => row.planOutcome === 'create'),
    );
    items = rows.map((row) => ({
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
    const [rows, count] = await em.findAndCount(ImportRunRow, where, paging);
    total = count;
    const cells = await store.cellsOf(rows.filter((row) => row.outcome === 'create').map((row) => row.row));
    const created = creationChanges(
      imported,
      target,
      [...cells].map(([row, rowCells]) => ({ row, cells: rowCells })),
    );
    items = rows.map((row) => ({
      row: row.row,
      outcome: row.outcome,
      changes: created.get(row.row) ?? row.changes ?? [],
      reason: row.reason,
    }));
  }
  const counts = of === 'plan' ? await store.planCounts() : await store.runCounts();
  return { items, page, pageSize, total, counts };
}
