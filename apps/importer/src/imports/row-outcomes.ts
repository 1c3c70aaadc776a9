import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ListPlanQuery, PlanPageReply, RowOutcomeName } from '@careers/contracts';
import { emptyCounts } from './import.entity';
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
  const outcomeField = of === 'plan' ? 'planOutcome' : 'runOutcome';
  const where: FilterQuery<ImportRow> = { importId };
  if (of === 'plan' && query.outcome === 'fail')
    where.$or = [{ planOutcome: 'fail' }, { errors: { $gt: 0 } }];
  else if (query.outcome) where[outcomeField] = query.outcome;
  const [rows, total] = await em.findAndCount(ImportRow, where, {
    orderBy: { row: 'asc' },
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const column = of === 'plan' ? 'plan_outcome' : 'run_outcome';
  const counted = await em.execute<Array<{ outcome: RowOutcomeName; count: number }>>(
    `select coalesce(${column}, 'fail') as outcome, count(*)::int as count
       from "${em.config.get('schema')}"."import_row" where import_id = ? group by 1`,
    [importId],
  );
  const counts = emptyCounts();
  for (const { outcome, count } of counted) counts[outcome] = count;
  return {
    items: rows.map((row) => {
      const outcome = of === 'plan' ? row.planOutcome : row.runOutcome;
      return {
        row: row.row,
        outcome: outcome ?? 'fail',
        changes: (of === 'plan' ? row.planChanges : row.runChanges) ?? [],
        reason: outcome ? (of === 'plan' ? row.planReason : row.runReason) : ROW_ERRORS_REASON,
      };
    }),
    page,
    pageSize,
    total,
    counts,
  };
}
