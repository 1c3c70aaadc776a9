import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min, ValidateBy } from 'class-validator';
import { join, resolve } from 'node:path';
import { AppConfig } from '@careers/runtime';

/** A web origin as a browser sends it: scheme, host name or address, and port when not the scheme's own. */
const ORIGIN = String.raw`https?://([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?`;

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

  /**
   * The load balancers or proxies in front of the gateway whose X-Forwarded-For to believe, so that rate limits and
   * failed log-ins count the real client, not the balancer: `false` (none, the default), `true` (any), a number of
   * hops, or their addresses or CIDR ranges, comma-separated.
   */
  @IsOptional()
  @Matches(/^(true|false|\d{1,2}|[0-9A-Fa-f.:/]+(\s*,\s*[0-9A-Fa-f.:/]+)*)$/, {
    message: 'TRUST_PROXY must be true, false, a number of hops or comma-separated addresses or CIDR ranges',
  })
  TRUST_PROXY?: string;

  get trustProxy(): boolean | number | string {
    const value = this.TRUST_PROXY?.trim() ?? 'false';
    if (value === 'true' || value === 'false') return value === 'true';
    return /^\d+$/.test(value) ? Number(value) : value;
  }

  /**
   * The browser origins (scheme, host and port, e.g. `https://app.example.com`) allowed to call the API from a page,
   * comma-separated. None by default: the API then sends no CORS headers and only same-origin pages can call it.
   */
  @IsOptional()
  @Matches(new RegExp(`^\\s*${ORIGIN}(\\s*,\\s*${ORIGIN})*\\s*$`), {
    message:
      'CORS_ORIGINS must be comma-separated origins like https://app.example.com (no path, no wildcard)',
  })
  @ValidateBy(
    { name: 'asBrowsersSendThem', validator: { validate: (value) => originsOf(value).every(isCanonical) } },
    {
      message:
        'CORS_ORIGINS must name origins as browsers send them: a lower-case host, a port up to 65535 and no ' +
        'default port (https://app.example.com, not https://App.example.com:443)',
    },
  )
  CORS_ORIGINS?: string;

  get corsOrigins(): string[] {
    return originsOf(this.CORS_ORIGINS);
  }

  /** The largest import file accepted; a larger upload is refused with 413. */
  @Min(1024, { message: 'IMPORT_MAX_BYTES must be at least 1024' })
  @Type(() => Number)
  @IsInt({ message: 'IMPORT_MAX_BYTES must be a whole number' })
  IMPORT_MAX_BYTES = 50 * 1024 * 1024;

  /**
   * The time a client has to send a request's headers, then the whole request with its body; a slower one is answered
   * 408 and its connection closed. The whole request's time allows the largest import file on a slow uplink.
   */
  @ValidateBy(
    {
      name: 'withinRequestTimeout',
      validator: {
        validate: (value, args) => Number(value) <= (args?.object as GatewayConfig).HTTP_REQUEST_TIMEOUT_MS,
      },
    },
    { message: 'HTTP_HEADERS_TIMEOUT_MS must be at most HTTP_REQUEST_TIMEOUT_MS' },
  )
  @Min(1000, { message: 'HTTP_HEADERS_TIMEOUT_MS must be at least 1000' })
  @Type(() => Number)
  @IsInt({ message: 'HTTP_HEADERS_TIMEOUT_MS must be a whole number' })
  HTTP_HEADERS_TIMEOUT_MS = 15_000;

  @Min(1000, { message: 'HTTP_REQUEST_TIMEOUT_MS must be at least 1000' })
  @Type(() => Number)
  @IsInt({ message: 'HTTP_REQUEST_TIMEOUT_MS must be a whole number' })
  HTTP_REQUEST_TIMEOUT_MS = 15 * 60 * 1000;

  /**
   * The folder of the built web app, served at `/` (the API stays under `/v1`): beside the gateway's own build by
   * default (dist/apps/web). Without an index.html there the gateway serves the API alone.
   */
  @IsOptional()
  @IsString({ message: 'WEB_ROOT must be a folder path' })
  WEB_ROOT?: string;

  get webRoot(): string {
    return resolve(this.WEB_ROOT ?? join(__dirname, '../web'));
  }
}

function originsOf(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
}

/**
 * An origin compares equal to a browser's `Origin` header only in its canonical form. One not even shaped as an origin
 * is left to the shape's own message.
 */
function isCanonical(origin: string): boolean {
  if (!new RegExp(`^${ORIGIN}$`).test(origin)) return true;
  try {
    return new URL(origin).origin === origin;
  } catch {
    return false;
  }
}
