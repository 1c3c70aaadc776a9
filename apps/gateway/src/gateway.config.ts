import { Type } from 'class-transformer';
import { IsEmpty, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateBy } from 'class-validator';
import { isIP } from 'node:net';
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
   * failed log-ins count the real client, not the balancer: their addresses or CIDR ranges, comma-separated, or the
   * number of proxies every request passes through. None by default. Never "any": X-Forwarded-For is whatever a client
   * writes, so believing it from anyone lets a client name any address to escape its limits.
   */
  @IsOptional()
  @ValidateBy(
    { name: 'proxiesOrHops', validator: { validate: (value) => isTrustedProxies(value) } },
    {
      message:
        'TRUSTED_PROXIES must be a number of proxies in front of the gateway or comma-separated addresses or CIDR ' +
        'ranges (10.0.0.0/8, 192.0.2.7), never true or a /0 range',
    },
  )
  TRUSTED_PROXIES?: string;

  /** Its old name, refused: a deployment still setting it would otherwise silently believe no proxy. */
  @IsEmpty({
    message:
      'TRUST_PROXY was renamed TRUSTED_PROXIES (addresses, CIDR ranges or a number of proxies; true is no longer ' +
      'accepted): set TRUSTED_PROXIES instead',
  })
  TRUST_PROXY?: string;

  /** What Fastify's `trustProxy` takes: a hop count, the addresses and ranges, or false (the peer is the client). */
  get trustedProxies(): number | string[] | false {
    const value = this.TRUSTED_PROXIES?.trim();
    if (!value) return false;
    return /^\d+$/.test(value) ? Number(value) : value.split(',').map((proxy) => proxy.trim());
  }

  /**
   * How often the gateway asks identity for its token signing keys again, so that a key identity stopped publishing is
   * refused (a token naming a key it does not know yet makes it ask at once).
   */
  @Min(1, { message: 'SIGNING_KEYS_REFRESH_SECONDS must be at least 1' })
  @Max(3600, { message: 'SIGNING_KEYS_REFRESH_SECONDS must be at most 3600' })
  @Type(() => Number)
  @IsInt({ message: 'SIGNING_KEYS_REFRESH_SECONDS must be a whole number' })
  SIGNING_KEYS_REFRESH_SECONDS = 60;

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

/** A hop count, or addresses and CIDR ranges (an address with its prefix length), comma-separated. */
function isTrustedProxies(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (/^\s*\d{1,2}\s*$/.test(value)) return true;
  return value.split(',').every((proxy) => {
    const [address = '', prefix, ...rest] = proxy.trim().split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    // A range of no bits (0.0.0.0/0, ::/0) is everyone: trusting anyone is what `true` was, refused.
    return (
      prefix === undefined ||
      (/^\d{1,3}$/.test(prefix) && Number(prefix) >= 1 && Number(prefix) <= (family === 4 ? 32 : 128))
    );
  });
}
