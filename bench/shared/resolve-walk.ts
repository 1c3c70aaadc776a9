import { ContactFilter, DirectorySubjects, RESOLVE_BATCH_MAX } from '@careers/contracts';
import type { ServiceClient } from '@careers/messaging';

export interface ResolveWalk {
  contacts: number;
  batches: number;
  ms: number;
  slowestBatchMs: number;
}

/**
 * Resolves every contact of a filter as a bulk invite does: `directory.contact.resolve` a batch of 5,000 at a time,
 * each after the last id of the one before, until `next` is null.
 */
export async function walkResolve(
  services: ServiceClient,
  institutionId: string,
  filter: ContactFilter,
): Promise<ResolveWalk> {
  const walk: ResolveWalk = { contacts: 0, batches: 0, ms: 0, slowestBatchMs: 0 };
  const started = performance.now();
  let after: string | undefined;
  do {
    const batchStarted = performance.now();
    const batch = await services.request(DirectorySubjects.resolveContacts, {
      institutionId,
      filter,
      after,
      limit: RESOLVE_BATCH_MAX,
    });
    walk.slowestBatchMs = Math.max(walk.slowestBatchMs, performance.now() - batchStarted);
    walk.batches += 1;
    walk.contacts += batch.items.length;
    after = batch.next ?? undefined;
  } while (after);
  walk.ms = performance.now() - started;
  return walk;
}
