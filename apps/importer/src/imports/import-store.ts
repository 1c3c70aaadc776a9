import { executeBound } from '@careers/persistence';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Finding } from '../analysis/finding';
import type { ImportApplyFailure, RowOutcomeName } from '@careers/contracts';
import { emptyCounts } from './import.entity';
import type { DecidedRow, RowToDecide } from '../targets/row-target';

export interface StoredRow {
  row: number;
  cells: string[];
  values: Record<string, string>;
  errors: number;
}

/**
 * Writes an import's rows and findings a batch per statement (the batch as one JSON parameter, expanded by
 * `json_to_recordset`): a 100,000-row file is a hundred statements, not a hundred thousand.
 */
export class ImportStore {
  private findingSeq = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly importId: string,
  ) {}

  private get schema(): string {
    return this.em.config.get('schema') as string;
  }

  async clear(): Promise<void> {
    await executeBound(this.em, `delete from "${this.schema}"."import_row" where import_id = ?`, [
      this.importId,
    ]);
    await executeBound(this.em, `delete from "${this.schema}"."import_finding" where import_id = ?`, [
      this.importId,
    ]);
  }

  /** New rows, with each one's planned outcome when the dry run decided it. */
  async writeRows(rows: StoredRow[], plans: DecidedRow[] = []): Promise<void> {
    if (rows.length === 0) return;
    const planOf = new Map(plans.map((plan) => [plan.row, plan.decision]));
    const records = rows.map((row) => {
      const decision = planOf.get(row.row);
      return {
        ...row,
        outcome: decision?.outcome ?? null,
        code: decision?.code ?? null,
        reason: decision?.reason ?? null,
        changes: decision?.changes ?? null,
      };
    });
    await executeBound(
      this.em,
      `insert into "${this.schema}"."import_row"
         ("import_id", "row", "cells", "values", "errors", "plan_outcome", "plan_code", "plan_reason", "plan_changes")
       select ?, r."row", r."cells", r."values", r."errors", r."outcome", r."code", r."reason", r."changes"
         from json_to_recordset(?::json)
           as r("row" int, "cells" json, "values" json, "errors" int, "outcome" text, "code" text, "reason" text,
                "changes" json)`,
      [this.importId, JSON.stringify(records)],
    );
  }

  /**
   * The next rows for the run to decide, after `after`: their number and values. Rows are
   * numbered without gaps, so the batch is also a closed range: the index answers it even before the table's
   * statistics know how large it has grown (without the upper bound, PostgreSQL read every row after `after`).
   */
  rowsToDecide(after: number, limit: number): Promise<RowToDecide[]> {
    return executeBound(
      this.em,
      `select "row", "values" from "${this.schema}"."import_row"
        where "import_id" = ? and "row" > ? and "row" <= ? order by "row" limit ?`,
      [this.importId, after, after + limit, limit],
    );
  }

  /** Rows the run decided after `after` (a batch decided before a restart, to be written now); a range as above. */
  rowsToApply(after: number, limit: number): Promise<Array<{ row: number; apply: object | null }>> {
    return executeBound(
      this.em,
      `select "row", "apply" from "${this.schema}"."import_run_row"
        where "import_id" = ? and "row" > ? and "row" <= ? order by "row" limit ?`,
      [this.importId, after, after + limit, limit],
    );
  }

  async writeFindings(findings: Finding[]): Promise<void> {
    if (findings.length === 0) return;
    const numbered = findings.map((item) => ({ ...item, seq: ++this.findingSeq }));
    await executeBound(
      this.em,
      `insert into "${this.schema}"."import_finding"
         ("import_id", "seq", "row", "column", "value", "code", "message", "severity")
       select ?, f."seq", f."row", f."column", f."value", f."code", f."message", f."severity"
         from json_to_recordset(?::json)
           as f("seq" int, "row" int, "column" text, "value" text, "code" text, "message" text, "severity" text)`,
      [this.importId, JSON.stringify(numbered)],
    );
  }

  /** The run's decisions for a batch: what each row will do and what it sends to be written. */
  async writeRunDecisions(decided: DecidedRow[]): Promise<void> {
    if (decided.length === 0) return;
    const rows = decided.map(({ row, decision, apply }) => ({
      row,
      outcome: decision.outcome,
      code: decision.code,
      reason: decision.reason,
      changes: decision.changes,
      apply,
    }));
    await executeBound(
      this.em,
      `insert into "${this.schema}"."import_run_row" ("import_id", "row", "outcome", "code", "reason", "changes", "apply")
       select ?, p."row", p."outcome", p."code", p."reason", p."changes", p."apply"
         from json_to_recordset(?::json)
           as p("row" int, "outcome" text, "code" text, "reason" text, "changes" json, "apply" json)
       on conflict do nothing`,
      [this.importId, JSON.stringify(rows)],
    );
  }

  /** Rows the owning service could not write: they fail, with its reason. */
  async writeRunFailures(failures: ImportApplyFailure[]): Promise<void> {
    if (failures.length === 0) return;
    await executeBound(
      this.em,
      `update "${this.schema}"."import_run_row" t
          set "outcome" = 'fail', "code" = 'not_applied', "reason" = f."reason"
         from json_to_recordset(?::json) as f("row" int, "reason" text)
        where t."import_id" = ? and t."row" = f."row"`,
      [JSON.stringify(failures), this.importId],
    );
  }

  /** Every row counted by its planned outcome (a row with errors is not run: it counts as failing). */
  planCounts(): Promise<Record<RowOutcomeName, number>> {
    return this.counts(
      `select coalesce("plan_outcome", 'fail') as "outcome", count(*)::int as "count"
         from "${this.schema}"."import_row" where "import_id" = ? group by 1`,
    );
  }

  /** Every row the run decided, counted by what came of it. */
  runCounts(): Promise<Record<RowOutcomeName, number>> {
    return this.counts(
      `select "outcome", count(*)::int as "count" from "${this.schema}"."import_run_row"
        where "import_id" = ? group by 1`,
    );
  }

  private async counts(sql: string): Promise<Record<RowOutcomeName, number>> {
    const counts = emptyCounts();
    const counted = await executeBound<{ outcome: RowOutcomeName; count: number }>(this.em, sql, [
      this.importId,
    ]);
    for (const { outcome, count } of counted) counts[outcome] = count;
    return counts;
  }
}
