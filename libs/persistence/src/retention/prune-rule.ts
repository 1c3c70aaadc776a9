/**
 * Which rows of one table a service prunes, and after how long. The pruner finds the due rows a batch at a time with
 * `FOR UPDATE SKIP LOCKED` and deletes them (or, with `set`, marks them), so a row being written is left for a later
 * round and two replicas pruning at once never touch the same row.
 */
export interface PruneRule {
  /** What the rows are, in the log and the metric: `sent mails`. */
  kind: string;
  /** The table, in the service's own schema. */
  table: string;
  /** How many days a row is kept once its time has come; 0 keeps them forever (the rule does nothing). */
  keepDays: number;
  /**
   * SQL over the table's columns naming the rows that are due: `:cutoff` is now less `keepDays`
   * (`"sent_at" < :cutoff`), and `:schema:` the service's schema, for a table a subquery names. An index should serve
   * it: it is read once a batch.
   */
  due: string;
  /**
   * Instead of deleting the due rows, sets these columns (SQL assignments): marks them, for rules that follow. The
   * marks must make the rows no longer due.
   */
  set?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The time before which a rule's rows are due, at `now`. */
export function pruneCutoff(rule: PruneRule, now: Date): Date {
  return new Date(now.getTime() - rule.keepDays * DAY_MS);
}
