import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ListPlanQuery, PlanPageReply, RowPlanReply } from '@careers/contracts';
import { ImportRunRow } from '../runs/import-run-row.entity';
import { ImportStore } from './import-store';
import { ImportRow } from './import-row.entity';

const DEFAULT_PAGE_SIZE = 100;
const ROW_ERRORS_REASON = 'the row has errors: see its findings';

/**
 * A page of rows with what running them will do (`plan`: the dry run on upload) or did (`run`), filtered by
 * outcome, with every row counted by outcome. A row with errors is not run: it fails.
 */
export async function rowOutcomesPage(
  em: EntityManager,
  importId: string,
  query: ListPlanQuery,
  of: 'plan' | 'run',
): Promise<PlanPageReply> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const paging = { orderBy: { row: 'asc' as const }, limit: pageSize, offset: (page - 1) * pageSize };
  let items: RowPlanReply[];
  let total: number;
  if (of === 'plan') {
    const where: FilterQuery<ImportRow> = { importId };
    if (query.outcome === 'fail') where.$or = [{ planOutcome: 'fail' }, { errors: { $gt: 0 } }];
    else if (query.outcome) where.planOutcome = query.outcome;
    const [rows, count] = await em.findAndCount(ImportRow, where, paging);
    total = count;
    items = rows.map((row) => ({
      row: row.row,
      outcome: row.planOutcome ?? 'fail',
      changes: row.planChanges ?? [],
      reason: row.planOutcome ? row.planReason : ROW_ERRORS_REASON,
    }));
  } else {
    const where: FilterQuery<ImportRunRow> = {
      importId,
      ...(query.outcome ? { outcome: query.outcome } : {}),
    };
    const [rows, count] = await em.findAndCount(ImportRunRow, where, paging);
    total = count;
    items = rows.map((row) => ({
      row: row.row,
      outcome: row.outcome,
      changes: row.changes,
      reason: row.reason,
    }));
  }
  const store = new ImportStore(em, importId);
  const counts = of === 'plan' ? await store.planCounts() : await store.runCounts();
  return { items, page, pageSize, total, counts };
}
