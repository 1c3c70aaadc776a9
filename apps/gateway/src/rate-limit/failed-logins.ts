import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RpcError } from '@careers/rpc';
import { RateLimitBucket } from './rate-limit-bucket';
import { tooManyAttempts } from './too-many-attempts';

/** Wrong passwords tried from one source for one account before it must wait. */
const FREE_FAILURES = 5;
/** The longest wait, however many failures. */
const MAX_DELAY_SECONDS = 15 * 60;
/** How long failures are remembered from the first one. */
const FAILURES_KEPT_SECONDS = 60 * 60;

/**
 * Failed log-ins, counted per account and source (client IP) together: past FREE_FAILURES the source waits before it
 * may try that account again, twice as long after each further failure. Another source, the owner's, is not held
 * back by them: nobody can lock an owner out by failing on purpose. Guessing from many sources is bounded by the
 * per-IP rate limit. A success forgets the failures.
 */
@Injectable()
export class FailedLogins {
  private readonly failures: RateLimiterAbstract;
  private readonly waits: RateLimiterAbstract;

  constructor(bucket: RateLimitBucket) {
    this.failures = bucket.limiter({
      keyPrefix: 'login-failures',
      points: Number.MAX_SAFE_INTEGER,
      duration: FAILURES_KEPT_SECONDS,
    });
    // A wait is a block of its own length; the duration is the longest, which the bucket keeps keys for.
    this.waits = bucket.limiter({ keyPrefix: 'login-waits', points: 1, duration: MAX_DELAY_SECONDS });
  }

  /**
   * Tries `login` unless the source must wait for this account (429 with Retry-After); a wrong password counts
   * against the source, a success forgets its failures.
   */
  async attempt<T>(email: string, source: string, reply: FastifyReply, login: () => Promise<T>): Promise<T> {
    const wait = await this.waitSeconds(email, source);
    if (wait > 0) throw tooManyAttempts(reply, wait);
    try {
      const result = await login();
      await this.succeeded(email, source);
      return result;
    } catch (error) {
      if (error instanceof RpcError && error.body.kind === 'unauthenticated')
        await this.failed(email, source);
      throw error;
    }
  }

  /** How many seconds the source must wait before trying this account again (0: it may try now). */
  private async waitSeconds(email: string, source: string): Promise<number> {
    const wait = await this.waits.get(keyOf(email, source));
    if (!wait || wait.consumedPoints <= 1) return 0;
    return Math.max(1, Math.ceil(wait.msBeforeNext / 1000));
  }

  private async failed(email: string, source: string): Promise<void> {
    const key = keyOf(email, source);
    const { consumedPoints } = await this.failures.penalty(key, 1);
    if (consumedPoints < FREE_FAILURES) return;
    await this.waits.block(key, Math.min(2 ** (consumedPoints - FREE_FAILURES), MAX_DELAY_SECONDS));
  }

  private async succeeded(email: string, source: string): Promise<void> {
    const key = keyOf(email, source);
    await Promise.all([this.failures.delete(key), this.waits.delete(key)]);
  }
}

function keyOf(email: string, source: string): string {
  return `${email.trim().normalize('NFKC').toLowerCase()}|${source}`;
}
