import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { ContactQueryTooSlow } from './contact-errors';

/** How long PostgreSQL may spend on each kind of address-book read (from the configuration). */
export interface ContactQueryTimeouts {
  pageMs: number;
  resolveMs: number;
}

export const CONTACT_QUERY_TIMEOUTS = Symbol('CONTACT_QUERY_TIMEOUTS');

/** PostgreSQL's `query_canceled`: here, a statement that ran past the transaction's `statement_timeout`. */
const QUERY_CANCELED = '57014';

/**
 * Address-book reads that PostgreSQL itself stops when they take too long: a filter no index serves, or a table
 * locked by a migration, otherwise holds a connection of the pool and the database's time long after the caller gave
 * up. The limit is the transaction's own (`set_config(..., true)`, as `set local`), so the pooled connection is left
 * as it was.
 */
@Injectable()
export class ContactQueryTimeLimits {
  constructor(@Inject(CONTACT_QUERY_TIMEOUTS) private readonly timeouts: ContactQueryTimeouts) {}

  /** A page of the list. */
  page<T>(em: EntityManager, read: (tx: EntityManager) => Promise<T>): Promise<T> {
    return within(em, this.timeouts.pageMs, read);
  }

  /** A batch of the contacts a bulk invite names or its filter matches. */
  resolve<T>(em: EntityManager, read: (tx: EntityManager) => Promise<T>): Promise<T> {
    return within(em, this.timeouts.resolveMs, read);
  }
}

async function within<T>(
  em: EntityManager,
  timeoutMs: number,
  read: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await em.transactional(async (tx) => {
      await tx.execute(`select set_config('statement_timeout', ?, true)`, [`${timeoutMs}ms`]);
      return read(tx);
    });
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === QUERY_CANCELED)
      throw new ContactQueryTooSlow(timeoutMs);
    throw error;
  }
}
