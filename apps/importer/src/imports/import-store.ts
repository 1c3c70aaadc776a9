import { executeBound } from '@careers/persistence';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Finding } from '../analysis/finding';
import type { RowDecision } from '../decisions/row-decision';

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
}
