import type { PruneRule } from '@careers/persistence';
import type { ImporterConfig } from '../importer.config';

const OF_IMPORTS_BEING_PRUNED = `"import_id" in (select "id" from :schema:."import" where "rows_status" = 'pruning')`;

/**
 * A finished import's rows as uploaded, its findings and its run's per-row results, pruned some days after its run
 * finished; the import itself stays, with its counts. In order: the imports due are marked first (from then on their
 * rows are not served: a page is never answered from half of them), then their rows go a batch at a time, then each
 * import with none left is marked pruned, so that the next rounds look no more at it.
 */
export function finishedImportPruneRules(config: ImporterConfig): PruneRule[] {
  const keepDays = config.FINISHED_IMPORT_ROWS_RETENTION_DAYS;
  const rowsOf = (kind: string, table: string): PruneRule => ({
    kind,
    table,
    keepDays,
    due: OF_IMPORTS_BEING_PRUNED,
  });
  return [
    {
      kind: 'finished imports whose rows are due',
      table: 'import',
      keepDays,
      due: `"rows_status" = 'kept' and "run_finished_at" < :cutoff`,
      set: `"rows_status" = 'pruning'`,
    },
    rowsOf('rows of finished imports', 'import_row'),
    rowsOf('findings of finished imports', 'import_finding'),
    rowsOf('run results of finished imports', 'import_run_row'),
    {
      kind: 'finished imports with no rows left',
      table: 'import',
      keepDays,
      due: `"rows_status" = 'pruning'
        and not exists (select from :schema:."import_row" r where r."import_id" = "import"."id")
        and not exists (select from :schema:."import_finding" f where f."import_id" = "import"."id")
        and not exists (select from :schema:."import_run_row" u where u."import_id" = "import"."id")`,
      set: `"rows_status" = 'pruned'`,
    },
  ];
}
