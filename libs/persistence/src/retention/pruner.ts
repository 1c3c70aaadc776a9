import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { counter } from '@careers/rpc';
import { setTimeout as delay } from 'node:timers/promises';
import { LoopedWork } from '../work-loop';
import { pruneCutoff, PruneRule } from './prune-rule';
import { RETENTION_OPTIONS, RetentionOptions } from './retention-options';

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_PAUSE_MS = 200;

const rowsPruned = counter({
  name: 'retention_rows_pruned_total',
  help: 'Rows the retention rules deleted (or marked) because their period was over, by kind.',
  labelNames: ['kind'],
});

/**
 * Prunes the service's rows whose period is over, every `intervalMs`: rule after rule, a batch a statement, with a pause
 * between batches. Each batch claims its rows with `FOR UPDATE SKIP LOCKED`, so it never waits on a row being written
 * (that row is left to a later round) and replicas pruning at once share the rows rather than block each other.
 * The log says how many rows of each kind went, never what they held.
 */
@Injectable()
export class Pruner extends LoopedWork {
  private readonly logger = new Logger(Pruner.name);
  private readonly batchSize: number;
  private readonly pauseMs: number;
  private stopping = false;

  constructor(
    private readonly orm: MikroORM,
    @Inject(RETENTION_OPTIONS) private readonly options: RetentionOptions,
  ) {
    super();
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.pauseMs = options.pauseMs ?? DEFAULT_PAUSE_MS;
  }

  override async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await super.onApplicationShutdown();
  }

  protected async step(): Promise<number> {
    try {
      await this.pruneAll();
    } catch (error) {
      this.logger.error({ err: error }, 'Pruning failed; the next round tries again');
    }
    return this.options.intervalMs;
  }

  /** One round: each rule in turn until it finds no more due rows it can claim. Answers how many rows each pruned. */
  async pruneAll(now = new Date()): Promise<Record<string, number>> {
    const pruned: Record<string, number> = {};
    for (const rule of this.options.rules) {
      if (rule.keepDays === 0 || this.stopping) continue;
      const count = await this.pruneRule(rule, pruneCutoff(rule, now));
      pruned[rule.kind] = (pruned[rule.kind] ?? 0) + count;
      if (count === 0) continue;
      rowsPruned.inc({ kind: rule.kind }, count);
      this.logger.log(`${rule.set ? 'Marked' : 'Pruned'} ${count} ${rule.kind} (kept ${rule.keepDays} days)`);
    }
    return pruned;
  }

  private async pruneRule(rule: PruneRule, cutoff: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await this.pruneBatch(rule, cutoff);
      total += count;
      if (count < this.batchSize || this.stopping) return total;
      await delay(this.pauseMs);
    }
  }

  /** One statement, so one short transaction: its row locks last only as long as it runs. */
  private async pruneBatch(rule: PruneRule, cutoff: Date): Promise<number> {
    const schema = this.orm.config.get('schema') as string;
    const table = `"${schema}"."${rule.table}"`;
    const due = `select ctid from ${table} where ${rule.due} limit :limit for update skip locked`;
    const change = rule.set ? `update ${table} set ${rule.set}` : `delete from ${table}`;
    const result = (await this.orm.em.getKnex().raw(`${change} where ctid = any(array(${due}))`, {
      cutoff,
      limit: this.batchSize,
      schema,
    })) as {
      rowCount: number;
    };
    return result.rowCount;
  }
}
