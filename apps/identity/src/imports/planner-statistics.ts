import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';

/** Imported rows before the first refresh of the planner's statistics; then each refresh waits for twice as many. */
const FIRST_REFRESH_AT = 10_000;
/** ANALYZE samples 300 rows per unit of target: 3,000 rows instead of the default 30,000. */
const STATISTICS_TARGET = 10;

/**
 * An import can grow the users and memberships tenfold in a minute; until the planner's statistics say so, it plans
 * lookups for the small tables they were (scanning and hashing where an index would answer). Autovacuum may be late
 * or off, so the two tables are analysed after 10,000 imported rows, then 20,000, 40,000... (a handful of refreshes
 * for any import, each while the tables are still small next to what follows), one at a time, in the background;
 * only the columns the import's lookups filter on (the names and attributes cost three quarters of a full analyze),
 * from a small sample: what the lookups' plans need is the tables' sizes and that the keys are unique, which 3,000 rows
 * tell as well as 30,000 (an analyze of 100,000 of each: 180-380 ms -> 20 ms). Autovacuum's own analyze, with the
 * server's target, replaces them in its time.
 */
@Injectable()
export class PlannerStatistics {
  private readonly logger = new Logger(PlannerStatistics.name);
  private written = 0;
  private nextRefreshAt = FIRST_REFRESH_AT;
  private refreshing = false;

  constructor(private readonly orm: MikroORM) {}

  wrote(rows: number): void {
    this.written += rows;
    if (this.written < this.nextRefreshAt || this.refreshing) return;
    this.nextRefreshAt = this.written * 2;
    this.refreshing = true;
    const em = this.orm.em.fork() as EntityManager;
    const schema = em.config.get('schema') as string;
    em.transactional(async (tx) => {
      await tx.execute(`set local default_statistics_target = ${STATISTICS_TARGET}`);
      await tx.execute(
        `analyze "${schema}"."user_account" ("id", "email_key"),
                 "${schema}"."membership" ("user_id", "institution_id", "username_key")`,
      );
    })
      .catch((error: unknown) => this.logger.warn({ err: error }, 'Refreshing the planner statistics failed'))
      .finally(() => {
        this.refreshing = false;
      });
  }
}
