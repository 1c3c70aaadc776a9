import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';

/** Rows written by imports between two refreshes of the planner's statistics. */
const ROWS_BETWEEN_REFRESHES = 10_000;

/**
 * An import can grow the users and memberships tenfold in a minute; until the planner's statistics say so, it plans
 * lookups for the small tables they were (scanning and hashing where an index would answer). Autovacuum may be late
 * or off, so after every 10,000 imported rows the two tables are analysed, one refresh at a time, in the background.
 */
@Injectable()
export class PlannerStatistics {
  private readonly logger = new Logger(PlannerStatistics.name);
  private written = 0;
  private refreshing = false;

  constructor(private readonly orm: MikroORM) {}

  wrote(rows: number): void {
    this.written += rows;
    if (this.written < ROWS_BETWEEN_REFRESHES || this.refreshing) return;
    this.written = 0;
    this.refreshing = true;
    const em = this.orm.em.fork() as EntityManager;
    const schema = em.config.get('schema') as string;
    em.getConnection()
      .execute(`analyze "${schema}"."user_account", "${schema}"."membership"`)
      .catch((error: unknown) => this.logger.warn({ err: error }, 'Refreshing the planner statistics failed'))
      .finally(() => {
        this.refreshing = false;
      });
  }
}
