import type { MigrationObject } from '@mikro-orm/core';
import { OutboxAsWritten } from './outbox-as-written.migration';
import { OutboxEnvelopesLz4 } from './outbox-lz4.migration';
import { OutboxTraceParent } from './outbox-trace-parent.migration';

/**
 * The shared changes to the outbox since `CreateEventTables`, in order: every service lists them at one place of its
 * migrations, so a new one is added here once.
 */
export const OUTBOX_CHANGES: MigrationObject[] = [
  { name: OutboxAsWritten.migrationName, class: OutboxAsWritten },
  { name: OutboxEnvelopesLz4.migrationName, class: OutboxEnvelopesLz4 },
  { name: OutboxTraceParent.migrationName, class: OutboxTraceParent },
];
