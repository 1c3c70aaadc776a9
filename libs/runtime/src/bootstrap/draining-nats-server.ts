import { ServerNats, type NatsOptions } from '@nestjs/microservices';
import type { Subscription } from 'nats';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * Nest's NATS server, stopping as a replica should: its subscriptions drained (NATS stops routing requests to it, and
 * those already on their way are still handled), then `graceMs` for the answers still being worked on, then closed.
 * Nest's own graceful stop unsubscribes at once, dropping a request routed to the replica in that moment.
 */
export class DrainingNatsServer extends ServerNats {
  constructor(
    options: NonNullable<NatsOptions['options']>,
    private readonly graceMs: number,
  ) {
    super(options);
  }

  override async close(): Promise<void> {
    // Nest keeps the subscriptions it made in a field of its own, not exposed.
    const { subscriptions } = this as unknown as { subscriptions?: Subscription[] };
    const drained = Promise.all(
      (subscriptions ?? []).map((subscription) => subscription.drain().catch(() => undefined)),
    );
    // A drain waits for the server's word, which never comes while the connection is down: the grace bounds it.
    await Promise.race([drained, delay(this.graceMs)]);
    await delay(this.graceMs);
    await super.close();
  }
}
