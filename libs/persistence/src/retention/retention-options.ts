import type { PruneRule } from './prune-rule';

export interface RetentionOptions {
  /** How long the pruner waits after a round over every rule. */
  intervalMs: number;
  rules: PruneRule[];
  /** Rows a batch prunes, each batch its own short transaction. */
  batchSize?: number;
  /** The pause between two batches, so that pruning never takes the database from the service's own work. */
  pauseMs?: number;
}

export const RETENTION_OPTIONS = Symbol('RETENTION_OPTIONS');
