import { LockMode } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Events, IMPORT_APPLY_MAX } from '@careers/contracts';
import { counter, recordEvent } from '@careers/messaging';
import { PolledWork } from '@careers/persistence';
import { decided } from '@careers/contracts';
import { Import } from '../imports/import.entity';
import { ImportStore } from '../imports/import-store';
import { storedRowReader } from '../imports/stored-rows';
import type { DecidedRow, RowTarget, RowToApply, RowToDecide } from '../targets/row-target';
import { RowTargets } from '../targets/row-targets';
import { emailChangeStop } from './email-change-guard';
import { refusedAsFailures } from './refused-as-failures';

const BATCH = IMPORT_APPLY_MAX;

/** A decided row and what it sends to be written (`null`: nothing). */
type RowToWrite = Pick<DecidedRow, 'row' | 'apply'>;

const rowsProcessed = counter({
  name: 'import_rows_processed_total',
  help: 'Rows of import runs checked (the guard pass of a sync) or written, by phase.',
  labelNames: ['phase'],
});

/**
 * Runs submitted imports a batch of rows at a time, with where it is kept on the import. A sync first checks what
 * every row would do (nothing written, so one changing too many emails stops cleanly). Then each batch is decided
 * against the state now and its decisions committed, then written through the owning service (one request), and
 * the import moves past it. A batch's writes are idempotent and its decisions kept, so after a crash or a restart the
 * run writes the batch it was in again, goes on, and ends as it would have, with the same results. A batch the owning
 * service refuses (rather than fails to answer) fails its rows with the reason instead of being retried for ever.
 * Replicas share the work: an import is claimed with SKIP LOCKED for one batch at a time.
 */
@Injectable()
export class ImportRunner extends PolledWork {
  protected readonly logger = new Logger(ImportRunner.name);
  protected readonly roundFailed = 'A batch of an import run failed; will retry';
  /** The batch this process decided last, once committed: the next step writes it without reading it back. */
  private decidedNext?: { importId: string; after: number; rows: RowToWrite[] };

  constructor(
    private readonly orm: MikroORM,
    private readonly targets: RowTargets,
  ) {
    super();
  }

  /** Checks or writes the next batch of the import running longest, if one is running. */
  protected round(): Promise<boolean> {
    return this.fork().transactional(async (em) => {
      const imported = await em.findOne(
        Import,
        { status: 'running' },
        { orderBy: { runStartedAt: 'asc' }, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      if (!imported) return false;
      const target = this.targets.of(imported);
      const store = new ImportStore(em, imported.id);
      if (imported.runPhase === 'checking') await this.checkBatch(imported, target, store);
      else await this.writeBatch(em, imported, target, store);
      return true;
    });
  }

  /** A sync's guard pass: how many of the people the file matches by username it gives another email. */
  private async checkBatch(imported: Import, target: RowTarget, store: ImportStore): Promise<void> {
    const rows = (await store.rowsAfter(imported.runCursor, BATCH)).map(storedRowReader(imported));
    if (rows.length === 0) return this.checked(imported);
    const matched = (await target.decide(imported, rows)).filter((item) => item.memberMatch);
    const emailChanges = matched.filter((item) => item.memberMatch?.emailDiffers).length;
    rowsProcessed.inc({ phase: 'checking' }, rows.length);
    imported.checked(rows[rows.length - 1].row, matched.length, emailChanges);
  }

  private checked(imported: Import): void {
    const stop = emailChangeStop(imported);
    if (stop) imported.stopRun(stop);
    else imported.startWriting();
  }

  /**
   * The next batch, decided by the step before (or before a restart), or now: written through the owning service
   * while the batch after it is decided (its decisions committed on their own, so a crash keeps them), then the
   * import moves past it. Rows of two batches never depend on each other: a file's emails and usernames are unique.
   */
  private async writeBatch(em: EntityManager, imported: Import, target: RowTarget, store: ImportStore) {
    let rows = await this.decidedAfter(imported, target, store, imported.runCursor);
    if (rows.length === 0) {
      rows = await this.decideAfter(imported, target, imported.runCursor);
      if (rows.length === 0) return this.complete(em, imported, store);
    }
    const last = Math.max(...rows.map((row) => row.row));
    const writing = rows.filter((row): row is RowToApply => row.apply !== null);
    const [failures] = await Promise.all([
      writing.length > 0
        ? refusedAsFailures(
            () => target.apply(imported, writing),
            (reason) => writing.map((row) => ({ row: row.row, reason })),
          )
        : [],
      this.decideAfter(imported, target, last),
    ]);
    await store.writeRunFailures(failures);
    rowsProcessed.inc({ phase: 'writing' }, rows.length);
    imported.passedRow(last);
  }

  /**
   * The batch after `after` as decided: kept from the step before when this process decided it (its decisions are
   * committed and never change), else read from the store. A row stored as creating without what it sends was decided
   * by an importer from before decisions were stored whole (during a rolling deploy): it is decided again.
   */
  private async decidedAfter(
    imported: Import,
    target: RowTarget,
    store: ImportStore,
    after: number,
  ): Promise<RowToWrite[]> {
    const kept = this.decidedNext;
    this.decidedNext = undefined;
    if (kept?.importId === imported.id && kept.after === after) return kept.rows;
    const stored = await store.decisionsAfter(after, BATCH);
    const undecided = stored.filter((row) => row.outcome === 'create' && row.apply === null);
    if (undecided.length === 0) return stored;
    const rows = (await store.rowsAt(undecided.map((row) => row.row))).map(storedRowReader(imported));
    const decisions = await this.decide(imported, target, rows);
    await store.rewriteRunDecisions(decisions);
    const again = new Map(decisions.map((row) => [row.row, row]));
    return stored.map((row) => again.get(row.row) ?? row);
  }

  /** Decides the batch after `after` and commits its decisions; answers them (none at the end, or if decided). */
  private async decideAfter(imported: Import, target: RowTarget, after: number): Promise<DecidedRow[]> {
    const decided = await this.fork().transactional(async (tx) => {
      const store = new ImportStore(tx, imported.id);
      if ((await store.decisionsAfter(after, 1)).length > 0) return []; // decided before a restart
      const rows = (await store.rowsAfter(after, BATCH)).map(storedRowReader(imported));
      if (rows.length === 0) return [];
      const decisions = await this.decide(imported, target, rows);
      await store.writeRunDecisions(decisions);
      return decisions;
    });
    if (decided.length > 0) this.decidedNext = { importId: imported.id, after, rows: decided };
    return decided;
  }

  /** A run starts only when the file has no errors, so every row is decided; a refused batch fails with why. */
  private decide(imported: Import, target: RowTarget, rows: RowToDecide[]): Promise<DecidedRow[]> {
    return refusedAsFailures(
      () => target.decide(imported, rows),
      (reason) =>
        rows.map((row) => ({
          row: row.row,
          decision: decided('fail', { code: 'refused', reason }),
          apply: null,
        })),
    );
  }

  private async complete(em: EntityManager, imported: Import, store: ImportStore): Promise<void> {
    const counts = await store.runCounts();
    const finishedAt = imported.completeRun(counts);
    recordEvent(em, Events.importRunCompleted, {
      importId: imported.id,
      institutionId: imported.institutionId,
      fileType: imported.fileType,
      mode: imported.mode,
      counts,
      startedBy: imported.runStartedBy ?? imported.createdBy,
      finishedAt: finishedAt.toISOString(),
    });
  }

  private fork(): EntityManager {
    return this.orm.em.fork();
  }
}
