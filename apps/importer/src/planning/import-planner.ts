import { Injectable } from '@nestjs/common';
import type { Finding } from '../analysis/finding';
import type { Import } from '../imports/import.entity';
import type { UploadedRow } from '../imports/import-store';
import type { DecidedRow } from '../targets/row-target';
import { RowTargets } from '../targets/row-targets';
import { planFindings } from './plan-findings';

export interface PlannedBatch {
  plans: DecidedRow[];
  /** The analyzers that read the system: what the plan will do that people should know before they run it. */
  findings: Finding[];
}

/**
 * The dry run, on upload, a batch of rows at a time as the file streams by: each row without errors is decided by
 * the same code the run uses, against what the owning service knows now (one request a batch, never one a row).
 */
@Injectable()
export class ImportPlanner {
  constructor(private readonly targets: RowTargets) {}

  async plan(imported: Import, rows: UploadedRow[]): Promise<PlannedBatch> {
    const clean = rows.filter((row) => row.errors === 0);
    if (clean.length === 0) return { plans: [], findings: [] };
    const plans = await this.targets.of(imported).decide(imported, clean);
    return { plans, findings: plans.flatMap((item) => planFindings(item.row, item.decision, item.account)) };
  }
}
