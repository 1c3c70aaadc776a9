import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { counter, keepStreamSettings, NatsConnectionHost, withClusterPatience } from '@careers/rpc';
import { KV, nanos, StorageType } from 'nats';
import type { IRateLimiterOptions, RateLimiterAbstract } from 'rate-limiter-flexible';
import { NatsKvRateLimiter } from './nats-kv-rate-limiter';

export const RATE_LIMITS_BUCKET = 'rate-limits';
/** The longest a limiter waits for the bucket: a log-in never hangs on NATS. */
const STEP_TIMEOUT_MS = 1000;
/** After the bucket failed, the limiters count in memory this long before trying it again. */
const RETRY_AFTER_MS = 5000;

const fallbacks = counter({
  name: 'gateway_rate_limit_fallbacks_total',
  help: "Rate-limit counts made in this gateway's memory because the shared NATS KV bucket did not answer.",
});

export type LimiterOptions = Required<Pick<IRateLimiterOptions, 'keyPrefix' | 'points' | 'duration'>>;

/**
 * The NATS KV bucket every gateway replica counts its rate limits and failed log-ins in, so that a limit holds across
 * them. A key is kept as long as the longest window of its limiters (the bucket's max age), which bounds what it holds.
 *
 * When the bucket does not answer in time, the limiters count in this gateway's memory instead (the limits then hold
 * per replica, as they did before they were shared) and try the bucket again a little later: neither open to
 * unlimited guessing nor closed to every log-in while NATS is away.
 */
@Injectable()
export class RateLimitBucket implements OnApplicationBootstrap {
  private readonly logger = new Logger(RateLimitBucket.name);
  private bucket?: Promise<KV>;
  private failingSince?: number;
  private longestWindowSeconds = 1;

  constructor(private readonly nats: NatsConnectionHost) {}

  /**
   * Makes or keeps the bucket at start (every limiter is made by then), with patience for a JetStream cluster still
   * electing its leaders.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.kv();
  }

  /** A limiter counting in this bucket, falling back to memory with the same settings. */
  limiter(options: LimiterOptions): RateLimiterAbstract {
    this.longestWindowSeconds = Math.max(this.longestWindowSeconds, options.duration);
    return new NatsKvRateLimiter(this, options);
  }

  /** Runs a step on the bucket within the step timeout; fails at once while the bucket failed lately. */
  async run<T>(step: (kv: KV) => Promise<T>): Promise<T> {
    if (this.failingSince !== undefined && Date.now() - this.failingSince < RETRY_AFTER_MS) {
      fallbacks.inc();
      throw new Error('The rate-limit bucket failed lately; counting in memory');
    }
    try {
      const result = await withinTime(this.kv().then(step), STEP_TIMEOUT_MS);
      if (this.failingSince !== undefined) this.logger.log('Rate limits are shared again (NATS KV answers)');
      this.failingSince = undefined;
      return result;
    } catch (error) {
      fallbacks.inc();
      if (this.failingSince === undefined)
        this.logger.warn({ err: error }, 'Rate limits count in this gateway only: the NATS KV bucket failed');
      this.failingSince = Date.now();
      throw error;
    }
  }

  private kv(): Promise<KV> {
    // A bucket that could not be opened (NATS away) is tried again at the next step.
    this.bucket ??= withClusterPatience(() => this.open()).catch((error: unknown) => {
      this.bucket = undefined;
      throw error;
    });
    return this.bucket;
  }

  private async open(): Promise<KV> {
    const num_replicas = this.nats.streamReplicas;
    const maxAgeSeconds = this.longestWindowSeconds;
    const kv = await this.nats.jetstream().views.kv(RATE_LIMITS_BUCKET, {
      storage: StorageType.File,
      history: 1,
      replicas: num_replicas,
      ttl: maxAgeSeconds * 1000,
    });
    await keepStreamSettings(await this.nats.jetstreamManager(), (await kv.status()).streamInfo, {
      num_replicas,
      max_age: nanos(maxAgeSeconds * 1000),
    });
    return kv;
  }
}

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The rate-limit bucket did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
