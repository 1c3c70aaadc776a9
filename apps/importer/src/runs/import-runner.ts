import { LockMode, MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Events, IMPORT_APPLY_MAX, RowOutcomeName } from '@careers/contracts';
import { recordEvent } from '@careers/messaging';
import { WorkLoop } from '@careers/persistence';
import { decided } from '../decisions/row-decision';
import { emptyCounts, Import } from '../imports/import.entity';
import { ImportStore } from '../imports/import-store';
import type { DecidedRow, RowTarget } from '../targets/row-target';
import { RowTargets } from '../targets/row-targets';
import { emailChangeStop } from './email-change-guard';
import { refusedAsFailures } from './refused-as-failures';

const BATCH = IMPORT_APPLY_MAX;
const IDLE_POLL_MS = 1000;
const RETRY_MS = 2000;

/**
 * Runs submitted imports in two phases, a batch of rows per transaction, with where it is kept on the import: first
 * every row is decided against the state now (nothing written, so a sync changing too many emails can stop
 * cleanly), then the decided rows are written through the owning service a batch per request. A batch's writes are
 * idempotent, so after a crash or a restart the run goes on from the last batch it finished and ends as it would
 * have; a batch the owning service refuses (rather than fails to answer) fails its rows with the reason instead of
 * being retried for ever. Replicas share the work: an import is claimed with SKIP LOCKED for one batch at a time.
 */
@Injectable()
export class ImportRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ImportRunner.name);
  private readonly loop = new WorkLoop();

  constructor(
    private readonly orm: MikroORM,
    private readonly targets: RowTargets,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start(() => this.step());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  wake(): void {
    this.loop.wake();
  }

  private async step(): Promise<number> {
    try {
      const worked = await (this.orm.em as EntityManager).fork().transactional(async (em) => {
        const imported = await em.findOne(
          Import,
          { status: 'running' },
          { orderBy: { runStartedAt: 'asc' }, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
        );
        if (!imported) return false;
        await this.advance(em, imported);
        return true;
      });
      return worked ? 0 : IDLE_POLL_MS;
    } catch (error) {
      this.logger.error({ err: error }, 'A batch of an import run failed; will retry');
      return RETRY_MS;
    }
  }

  private async advance(em: EntityManager, imported: Import): Promise<void> {
    const target = this.targets.of(imported);
    const store = new ImportStore(em, imported.id);
    if (imported.runPhase === 'deciding') await this.decideBatch(imported, target, store);
    else await this.applyBatch(em, imported, target, store);
  }

  private async decideBatch(imported: Import, target: RowTarget, store: ImportStore) {
    const rows = await store.rowsToDecide(imported.runCursor, BATCH);
    if (rows.length === 0) return this.allDecided(imported, store);
    const clean = rows.filter((row) => row.errors === 0);
    const decisions: DecidedRow[] = [
      ...(clean.length > 0
        ? await refusedAsFailures(
            () => target.decide(imported, clean),
            (reason) =>
              clean.map((row) => ({
                row: row.row,
                decision: decided('fail', { code: 'refused', reason }),
                apply: null,
              })),
          )
        : []),
      ...rows
        .filter((row) => row.errors > 0)
        .map((row) => ({
          row: row.row,
          decision: decided('fail', { code: 'row_errors', reason: 'the row has errors: see its findings' }),
          apply: null,
        })),
    ];
    await store.writeRunDecisions(decisions);
    if (imported.mode === 'sync') {
      const matched = decisions.filter((item) => item.memberMatch);
      imported.runMatched += matched.length;
      imported.runEmailChanges += matched.filter((item) => item.memberMatch?.emailDiffers).length;
    }
    this.passed(imported, rows);
  }

  /** Every row decided: the guard may stop the run here; otherwise writing starts from the first row. */
  private async allDecided(imported: Import, store: ImportStore): Promise<void> {
    imported.runCounts = await this.counts(store);
    const stop = emailChangeStop(imported);
    if (stop) {
      imported.status = 'stopped';
      imported.runPhase = 'done';
      imported.runStopReason = stop;
      imported.runFinishedAt = new Date();
      return;
    }
    imported.runPhase = 'applying';
    imported.runCursor = 0;
    imported.runProcessed = 0;
  }

  private async applyBatch(em: EntityManager, imported: Import, target: RowTarget, store: ImportStore) {
    const rows = await store.rowsToApply(imported.runCursor, BATCH);
    if (rows.length === 0) return this.complete(em, imported, store);
    const failures = await refusedAsFailures(
      () => target.apply(imported, rows),
      (reason) => rows.map((row) => ({ row: row.row, reason })),
    );
    await store.writeRunFailures(failures);
    this.passed(imported, rows);
  }

  private async complete(em: EntityManager, imported: Import, store: ImportStore): Promise<void> {
    imported.runCounts = await this.counts(store);
    imported.status = 'completed';
    imported.runPhase = 'done';
    imported.runProcessed = imported.rows;
    imported.runFinishedAt = new Date();
    recordEvent(em, Events.importRunCompleted, {
      importId: imported.id,
      institutionId: imported.institutionId,
      fileType: imported.fileType,
      mode: imported.mode,
      counts: imported.runCounts,
      startedBy: imported.runStartedBy ?? imported.createdBy,
      finishedAt: imported.runFinishedAt.toISOString(),
    });
  }

  /** The batch is done: the next step starts after its last row. */
  private passed(imported: Import, rows: Array<{ row: number }>): void {
    const last = rows[rows.length - 1].row;
    imported.runCursor = last;
    imported.runProcessed = last - 1;
  }

  private async counts(store: ImportStore): Promise<Record<RowOutcomeName, number>> {
    const counts = emptyCounts();
    for (const { outcome, count } of await store.countRunOutcomes()) counts[outcome] = count;
    return counts;
  }
}
