import { Injectable } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { GatewayConfig } from '../gateway.config';
import { RateLimitBucket } from './rate-limit-bucket';

/** What a limit counts: the client's address, or the account a request is about. */
export type RateLimitScope = 'ip' | 'account';

/**
 * Fixed-window counters, RATE_LIMIT_PER_IP and RATE_LIMIT_PER_ACCOUNT a window, shared by every gateway replica
 * through the rate-limit bucket.
 */
@Injectable()
export class RateLimiter {
  private readonly limiters: Record<RateLimitScope, RateLimiterAbstract>;

  constructor(bucket: RateLimitBucket, config: GatewayConfig) {
    const duration = config.RATE_LIMIT_WINDOW_SECONDS;
    this.limiters = {
      ip: bucket.limiter({ keyPrefix: 'ip', points: config.RATE_LIMIT_PER_IP, duration }),
      account: bucket.limiter({ keyPrefix: 'account', points: config.RATE_LIMIT_PER_ACCOUNT, duration }),
    };
  }

  /** Counts one request; the seconds until its window ends when it is over the limit, else 0. */
  async hit(scope: RateLimitScope, key: string): Promise<number> {
    try {
      await this.limiters[scope].consume(key);
      return 0;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    }
  }
}
