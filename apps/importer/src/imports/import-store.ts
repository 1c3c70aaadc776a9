import { executeBound } from '@careers/persistence';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Finding } from '../analysis/finding';
import type { ImportApplyFailure, RowOutcomeName } from '@careers/contracts';
import { emptyCounts } from './import.entity';
import type { RowValues } from '../analysis/row-values';
import type { DecidedRow } from '../targets/row-target';

export interface UploadedRow {
  row: number;
  cells: string[];
  /** What the analyzers and the dry run read; not stored (made again from the cells). */
  values: RowValues;
  errors: number;
}

/** A row as stored: its cells as uploaded. */
export interface StoredRow {
  row: number;
  cells: string[];
}

/** A run's decision for a row, as stored: what it sends to be written. */
export interface StoredDecision {
  row: number;
  outcome: RowOutcomeName;
  /**
   * `null` when the row writes nothing, or for a row that creates decided by an importer from before decisions were
   * stored whole (a rolling deploy's): that row is undecided.
   */
  apply: object | null;
}

/**
 * Writes an import's rows and findings a batch per statement (the batch as one JSON parameter, expanded by
 * `json_to_recordset`): a 100,000-row file is a hundred statements, not a hundred thousand. A row's values are not
 * stored (made again from its cells), nor the dry run's changes of a row that creates (its values again: see
 * `RowTarget.created`); what a run decided is stored whole, so its results and a restart read it as it was decided.
 */
export class ImportStore {
  constructor(
    private readonly em: EntityManager,
    private readonly importId: string,
  ) {}

  private get schema(): string {
    return this.em.config.get('schema') as string;
  }

  /** Removes the import's rows and findings (those of an earlier file, or of a try that did not finish). */
  async clear(): Promise<void> {
    await executeBound(this.em, `delete from "${this.schema}"."import_row" where import_id = ?`, [
      this.importId,
    ]);
    await executeBound(this.em, `delete from "${this.schema}"."import_finding" where import_id = ?`, [
      this.importId,
    ]);
  }

  /** New rows, with each one's planned outcome when the dry run decided it. */
  async writeRows(rows: UploadedRow[], plans: DecidedRow[] = []): Promise<void> {
    if (rows.length === 0) return;
    const planOf = new Map(plans.map((plan) => [plan.row, plan.decision]));
    const records = rows.map(({ row, cells, errors }) => {
      const decision = planOf.get(row);
      return {
        row,
        cells,
        errors,
        outcome: decision?.outcome ?? null,
        code: decision?.code ?? null,
        reason: decision?.reason ?? null,
        changes: decision && decision.outcome !== 'create' ? decision.changes : null,
      };
    });
    await executeBound(
      this.em,
      `insert into "${this.schema}"."import_row"
         ("import_id", "row", "cells", "errors", "plan_outcome", "plan_code", "plan_reason", "plan_changes")
       select ?, r."row", r."cells", r."errors", r."outcome", r."code", r."reason", r."changes"
         from json_to_recordset(?::json)
           as r("row" int, "cells" json, "errors" int, "outcome" text, "code" text, "reason" text, "changes" json)`,
      [this.importId, JSON.stringify(records)],
    );
  }

  /**
   * The next rows for the run to decide, after `after`. Rows are numbered without gaps, so the batch is also a
   * closed range: the index answers it even before the table's statistics know how large it has grown (without the
   * upper bound, PostgreSQL read every row after `after`).
   */
  rowsAfter(after: number, limit: number): Promise<StoredRow[]> {
    return executeBound(
      this.em,
      `select "row", "cells" from "${this.schema}"."import_row"
        where "import_id" = ? and "row" > ? and "row" <= ? order by "row" limit ?`,
      [this.importId, after, after + limit, limit],
    );
  }

  /** These rows as stored, by number. */
  rowsAt(rows: number[]): Promise<StoredRow[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return executeBound(
      this.em,
      `select "row", "cells" from "${this.schema}"."import_row" where "import_id" = ? and "row" = any(?::int[]) order by "row"`,
      [this.importId, rows],
    );
  }

  /** What the run decided after `after` (a batch decided by the step before, or before a restart); a range as above. */
  decisionsAfter(after: number, limit: number): Promise<StoredDecision[]> {
    return executeBound(
      this.em,
      `select "row", "outcome", "apply" from "${this.schema}"."import_run_row"
        where "import_id" = ? and "row" > ? and "row" <= ? order by "row" limit ?`,
      [this.importId, after, after + limit, limit],
    );
  }

  /** Findings numbered on from `after`, the number of the last one written. */
  async writeFindings(findings: Finding[], after: number): Promise<void> {
    if (findings.length === 0) return;
    const numbered = findings.map((item, index) => ({ ...item, seq: after + index + 1 }));
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

  /**
   * The run's decisions for a batch: what each row will do and what it sends to be written. A batch is decided once,
   * under the import's lock, after looking for its decisions from before a restart: a plain insert, without the
   * speculative insertion of ON CONFLICT (an index probe and a second WAL record a row).
   */
  async writeRunDecisions(decided: DecidedRow[]): Promise<void> {
    if (decided.length === 0) return;
    await executeBound(
      this.em,
      `insert into "${this.schema}"."import_run_row" ("import_id", "row", "outcome", "code", "reason", "changes", "apply")
       select ?, p."row", p."outcome", p."code", p."reason", p."changes", p."apply"
         from json_to_recordset(?::json)
           as p("row" int, "outcome" text, "code" text, "reason" text, "changes" json, "apply" json)`,
      [this.importId, decisionsJson(decided)],
    );
  }

  /** Decisions made again for rows decided before (as `StoredDecision` says why): they replace the stored ones. */
  async rewriteRunDecisions(decided: DecidedRow[]): Promise<void> {
    if (decided.length === 0) return;
    await executeBound(
      this.em,
      `update "${this.schema}"."import_run_row" t
          set "outcome" = p."outcome", "code" = p."code", "reason" = p."reason", "changes" = p."changes",
              "apply" = p."apply"
         from json_to_recordset(?::json)
           as p("row" int, "outcome" text, "code" text, "reason" text, "changes" json, "apply" json)
        where t."import_id" = ? and t."row" = p."row"`,
      [decisionsJson(decided), this.importId],
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

function decisionsJson(decided: DecidedRow[]): string {
  return JSON.stringify(
    decided.map(({ row, decision, apply }) => ({
      row,
      outcome: decision.outcome,
      code: decision.code,
      reason: decision.reason,
      changes: decision.changes,
      apply,
    })),
  );
}
