// What a service needs to talk, shared with the gateway (which holds no data and imports it alone).
export * from '@careers/rpc';
export * from './rpc/rpc-error.filter';
export * from './rpc/rpc-controller.decorator';
export * from './rpc/keyset-page';
export * from './events/outbox-event.entity';
export * from './events/inbox-entry.entity';
export * from './events/record-event';
export * from './events/events-stream';
export * from './events/events-options';
export * from './events/outbox-relay';
export * from './events/handles-event.decorator';
export * from './events/event-consumer';
export * from './events/event-consumers';
export * from './events/events.module';
export * from './events/event-tables.migration';
export * from './events/outbox-as-written.migration';
export * from './events/outbox-lz4.migration';
export * from './events/outbox-trace-parent.migration';
export * from './events/outbox-changes';
export * from './events/inbox-handled-at-index.migration';
export * from './events/handled-events-retention';
export * from './people/user-name.entity';
export * from './people/user-names';
export * from './people/user-names.module';

import { InboxEntry } from './events/inbox-entry.entity';
import { OutboxEvent } from './events/outbox-event.entity';

/** The entities a service lists when it uses EventsModule. */
export const EVENT_ENTITIES = [OutboxEvent, InboxEntry];
