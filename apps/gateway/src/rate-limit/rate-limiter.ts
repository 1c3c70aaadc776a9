import { Injectable } from '@nestjs/common';

interface Window {
  startedAt: number;
  count: number;
}

export interface RateLimitOutcome {
  allowed: boolean;
  /** Seconds until the window that refused ends. */
  retryAfterSeconds: number;
}

const SWEEP_EVERY = 1000;

/**
 * Fixed-window counters kept in this gateway's memory. With several gateway replicas each counts on its own, so the
 * effective limit is the configured one times the replicas (see docs/architecture.md).
 */
@Injectable()
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private hits = 0;

  hit(key: string, limit: number, windowMs: number, now = Date.now()): RateLimitOutcome {
    if (++this.hits % SWEEP_EVERY === 0) this.sweep(windowMs, now);
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= windowMs) {
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return {
      allowed: window.count <= limit,
      retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000)),
    };
  }

  private sweep(windowMs: number, now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= windowMs) this.windows.delete(key);
    }
  }
}
