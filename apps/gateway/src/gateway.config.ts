import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { AppConfig } from '@careers/runtime';

export class GatewayConfig extends AppConfig {
  override PORT = 3000;
  override METRICS_PORT = 9400;

  /** The rate limits of log-in, sign-up, password reset and code endpoints: requests a window per client IP... */
  @Min(1, { message: 'RATE_LIMIT_PER_IP must be at least 1' })
  @Type(() => Number)
  @IsInt({ message: 'RATE_LIMIT_PER_IP must be a whole number' })
  RATE_LIMIT_PER_IP = 30;

  /** ...and per account (the email or user they are about). */
  @Min(1, { message: 'RATE_LIMIT_PER_ACCOUNT must be at least 1' })
  @Type(() => Number)
  @IsInt({ message: 'RATE_LIMIT_PER_ACCOUNT must be a whole number' })
  RATE_LIMIT_PER_ACCOUNT = 10;

  @Min(1, { message: 'RATE_LIMIT_WINDOW_SECONDS must be at least 1' })
  @Max(86400, { message: 'RATE_LIMIT_WINDOW_SECONDS must be at most 86400' })
  @Type(() => Number)
  @IsInt({ message: 'RATE_LIMIT_WINDOW_SECONDS must be a whole number' })
  RATE_LIMIT_WINDOW_SECONDS = 60;

  /**
   * How long the gateway may act on a caller's roles as identity last told them, for reads; writes always ask. A role
   * taken away stops working within this time.
   */
  @Min(0, { message: 'ACCESS_CACHE_MS must be at least 0' })
  @Max(5000, { message: 'ACCESS_CACHE_MS must be at most 5000' })
  @Type(() => Number)
  @IsInt({ message: 'ACCESS_CACHE_MS must be a whole number' })
  ACCESS_CACHE_MS = 2000;

  /** The largest import file accepted; a larger upload is refused with 413. */
  @Min(1024, { message: 'IMPORT_MAX_BYTES must be at least 1024' })
  @Type(() => Number)
  @IsInt({ message: 'IMPORT_MAX_BYTES must be a whole number' })
  IMPORT_MAX_BYTES = 50 * 1024 * 1024;
}
