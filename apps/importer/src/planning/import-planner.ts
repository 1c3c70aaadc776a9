import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { IMPORT_LOOKUP_MAX } from '@careers/contracts';
import type { Finding } from '../analysis/finding';
import { ImportRow } from '../imports/import-row.entity';
import type { Import } from '../imports/import.entity';
import { ImportStore } from '../imports/import-store';
import { RowTargets } from '../targets/row-targets';
import { planFindings } from './plan-findings';

/**
 * The dry run, on upload: every row without errors is decided by the same code the run uses, against what the
 * owning service knows now, a batch of rows per request (never a request per row); each row keeps its planned
 * outcome and the system analyzers' findings are written.
 */
@Injectable()
export class ImportPlanner {
  constructor(private readonly targets: RowTargets) {}

  async plan(em: EntityManager, imported: Import, store: ImportStore): Promise<number> {
    const target = this.targets.of(imported);
    let warnings = 0;
    let after = 0;
    for (;;) {
      const rows = await em.find(
        ImportRow,
        { importId: imported.id, errors: 0, row: { $gt: after } },
        { orderBy: { row: 'asc' }, limit: IMPORT_LOOKUP_MAX, disableIdentityMap: true },
      );
      if (rows.length === 0) return warnings;
      const decided = await target.decide(imported, rows);
      const findings: Finding[] = decided.flatMap((item) =>
        planFindings(item.row, item.decision, item.account),
      );
      await store.writePlans(decided);
      await store.writeFindings(findings);
      warnings += findings.length;
      after = rows[rows.length - 1].row;
    }
  }
}
