import { executeBound } from '@careers/persistence';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Finding } from '../analysis/finding';
import type { ImportApplyFailure } from '@careers/contracts';
import type { RowDecision, RowOutcome } from '../decisions/row-decision';
import type { DecidedRow } from '../targets/row-target';

export interface StoredRow {
  row: number;
  cells: string[];
  values: Record<string, string>;
  errors: number;
}

/**
 * Writes an import's rows and findings a batch per statement (the batch as one JSON parameter, expanded by
 * `jsonb_to_recordset`): a 100,000-row file is a hundred statements, not a hundred thousand.
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

  async writeRows(rows: StoredRow[]): Promise<void> {
    if (rows.length === 0) return;
    await executeBound(
      this.em,
      `insert into "${this.schema}"."import_row" ("import_id", "row", "cells", "values", "errors")
       select ?, r."row", r."cells", r."values", r."errors"
         from jsonb_to_recordset(?::jsonb) as r("row" int, "cells" jsonb, "values" jsonb, "errors" int)`,
      [this.importId, JSON.stringify(rows)],
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
         from jsonb_to_recordset(?::jsonb)
           as f("seq" int, "row" int, "column" text, "value" text, "code" text, "message" text, "severity" text)`,
      [this.importId, JSON.stringify(numbered)],
    );
  }

  async writePlans(plans: Array<{ row: number; decision: RowDecision }>): Promise<void> {
    if (plans.length === 0) return;
    const rows = plans.map(({ row, decision }) => ({
      row,
      outcome: decision.outcome,
      code: decision.code,
      reason: decision.reason,
      changes: decision.changes,
    }));
    await executeBound(
      this.em,
      `update "${this.schema}"."import_row" t
          set "plan_outcome" = p."outcome", "plan_code" = p."code", "plan_reason" = p."reason",
              "plan_changes" = p."changes"
         from jsonb_to_recordset(?::jsonb) as p("row" int, "outcome" text, "code" text, "reason" text, "changes" jsonb)
        where t."import_id" = ? and t."row" = p."row"`,
      [JSON.stringify(rows), this.importId],
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
      `update "${this.schema}"."import_row" t
          set "run_outcome" = p."outcome", "run_code" = p."code", "run_reason" = p."reason",
              "run_changes" = p."changes", "run_apply" = p."apply"
         from jsonb_to_recordset(?::jsonb)
           as p("row" int, "outcome" text, "code" text, "reason" text, "changes" jsonb, "apply" jsonb)
        where t."import_id" = ? and t."row" = p."row"`,
      [JSON.stringify(rows), this.importId],
    );
  }

  /** Rows the owning service could not write: they fail, with its reason. */
  async writeRunFailures(failures: ImportApplyFailure[]): Promise<void> {
    if (failures.length === 0) return;
    await executeBound(
      this.em,
      `update "${this.schema}"."import_row" t
          set "run_outcome" = 'fail', "run_code" = 'not_applied', "run_reason" = f."reason"
         from jsonb_to_recordset(?::jsonb) as f("row" int, "reason" text)
        where t."import_id" = ? and t."row" = f."row"`,
      [JSON.stringify(failures), this.importId],
    );
  }

  /** Every row counted by the run's outcome. */
  async countRunOutcomes(): Promise<Array<{ outcome: RowOutcome; count: number }>> {
    return executeBound(
      this.em,
      `select "run_outcome" as "outcome", count(*)::int as "count" from "${this.schema}"."import_row"
        where "import_id" = ? and "run_outcome" is not null group by 1`,
      [this.importId],
    );
  }
}
