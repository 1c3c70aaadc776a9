import type { TestDatabase } from '@careers/testing';
import { setTimeout as delay } from 'node:timers/promises';

export interface EventSettling {
  /** When identity's outbox was empty again (all user.created and membership.granted events published), ms. */
  outboxEmptyMs: number | null;
  /** When directory had a replica of every imported user (each user.created event handled), ms. */
  replicasMs: number | null;
  outboxLeft: number;
  replicasExpected: number;
  /** Directory's replicas when the wait began (the run just over), and at the last look. */
  replicasAtStart: number;
  replicas: number;
  waitedMs: number;
}

/**
 * After a run that created accounts: how long identity takes to publish their events (one user.created and one
 * membership.granted an account) and directory to follow them, until it has `replicasExpected` users, waiting
 * `limitMs` at most.
 */
export async function waitForEvents(
  db: TestDatabase,
  replicasExpected: number,
  limitMs: number,
): Promise<EventSettling> {
  const started = performance.now();
  const settling: EventSettling = {
    outboxEmptyMs: null,
    replicasMs: null,
    outboxLeft: 0,
    replicasExpected,
    replicasAtStart: -1,
    replicas: 0,
    waitedMs: 0,
  };
  for (;;) {
    const [{ outbox, replicas }] = await db.query<{ outbox: number; replicas: number }>(
      `select (select count(*)::int from identity.outbox_event) as outbox,
              (select count(*)::int from directory.user_replica) as replicas`,
    );
    const at = performance.now() - started;
    settling.outboxLeft = outbox;
    settling.replicas = replicas;
    if (settling.replicasAtStart < 0) settling.replicasAtStart = replicas;
    settling.waitedMs = at;
    if (outbox === 0 && settling.outboxEmptyMs === null) settling.outboxEmptyMs = at;
    if (replicas >= replicasExpected && settling.replicasMs === null) settling.replicasMs = at;
    if ((settling.outboxEmptyMs !== null && settling.replicasMs !== null) || at >= limitMs) return settling;
    await delay(1000);
  }
}
