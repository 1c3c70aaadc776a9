import { apiErrorCode } from '@careers/rpc';
import type { KvEntry } from 'nats';
import { createHash } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimiterStoreAbstract as StoreAbstract } from 'rate-limiter-flexible';
import type { LimiterOptions, RateLimitBucket } from './rate-limit-bucket';

// The package's typings declare the base of its stores, but its index does not export it: it is taken from its file.
const RateLimiterStoreAbstract =
  require('rate-limiter-flexible/lib/RateLimiterStoreAbstract') as typeof StoreAbstract;

/** What a key holds: the points consumed in its window, and when the window ends (ms since the epoch; null: never). */
interface Counted {
  points: number;
  expire: number | null;
}

/** JetStream's answer to a write that expected another revision of the key: someone wrote it meanwhile. */
const WRONG_LAST_SEQUENCE = 10071;
/** Writers that collided ask again after a random pause up to this, so they do not collide again. */
const COLLISION_PAUSE_MS = 5;

/**
 * A rate-limiter-flexible store in a NATS KV bucket, shared by every gateway replica. Each change reads the key and
 * writes it back only if nobody wrote it meanwhile (JetStream's expected last revision), else reads again: concurrent
 * requests at several gateways each count exactly once. A key is a digest of the limiter's key (an email or address
 * may hold characters KV refuses, and the bucket need not hold them). When the bucket fails, rate-limiter-flexible
 * counts in memory with the same settings (its insurance limiter).
 */
export class NatsKvRateLimiter extends RateLimiterStoreAbstract {
  constructor(
    private readonly bucket: RateLimitBucket,
    options: LimiterOptions,
  ) {
    super({ ...options, storeClient: bucket, insuranceLimiter: new RateLimiterMemory(options) });
  }

  _getRateLimiterRes(_rlKey: string, changedPoints: number, counted: Counted): RateLimiterRes {
    const isFirstInDuration = changedPoints === counted.points;
    return new RateLimiterRes(
      Math.max(this.points - counted.points, 0),
      counted.expire === null ? -1 : Math.max(counted.expire - Date.now(), 0),
      counted.points,
      isFirstInDuration,
    );
  }

  /** Adds `points` to the key's window (a new window when there is none or `forceExpire`), and answers the result. */
  _upsert(rlKey: string, points: number, msDuration: number, forceExpire = false): Promise<Counted> {
    const key = digest(rlKey);
    return this.bucket.run(async (kv) => {
      for (;;) {
        const entry = await kv.get(key);
        const now = Date.now();
        const current = live(entry, now);
        // A key already over its limit stays refused to the window's end: a flood of refused requests only reads.
        if (current && !forceExpire && current.points > this.points)
          return { points: current.points + points, expire: current.expire };
        const next: Counted =
          current && !forceExpire
            ? { points: current.points + points, expire: current.expire }
            : { points, expire: msDuration > 0 ? now + msDuration : null };
        try {
          await kv.put(key, JSON.stringify(next), { previousSeq: entry?.revision ?? 0 });
          return next;
        } catch (error) {
          if (apiErrorCode(error) !== WRONG_LAST_SEQUENCE) throw error;
          await delay(Math.random() * COLLISION_PAUSE_MS);
        }
      }
    });
  }

  _get(rlKey: string): Promise<Counted | null> {
    return this.bucket.run(async (kv) => live(await kv.get(digest(rlKey)), Date.now()));
  }

  /** Forgets the key; true when it counted anything. */
  _delete(rlKey: string): Promise<boolean> {
    const key = digest(rlKey);
    return this.bucket.run(async (kv) => {
      if (!live(await kv.get(key), Date.now())) return false;
      await kv.delete(key);
      return true;
    });
  }
}

/** The key's count while its window lasts; null when there is none, it was deleted, or its window ended. */
function live(entry: KvEntry | null, now: number): Counted | null {
  if (!entry || entry.operation !== 'PUT') return null;
  const counted = entry.json<Counted>();
  return counted.expire === null || counted.expire > now ? counted : null;
}

function digest(rlKey: string): string {
  return createHash('sha256').update(rlKey).digest('base64url');
}
