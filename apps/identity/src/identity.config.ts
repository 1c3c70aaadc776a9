import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { MailingServiceConfig } from '@careers/mail';
import { RetentionDays, toBoolean } from '@careers/runtime';
import { createPublicKey } from 'node:crypto';

export class IdentityConfig extends MailingServiceConfig {
  override PORT = 3001;
  override METRICS_PORT = 9401;

  /** PEM (PKCS#8) Ed25519 private key that signs access tokens. Generated, with a warning, outside production. */
  @ValidateIf(
    (config: IdentityConfig) => config.isProduction || config.ACCESS_TOKEN_PRIVATE_KEY !== undefined,
  )
  @Matches(/-----BEGIN PRIVATE KEY-----[\s\S]+-----END PRIVATE KEY-----/, {
    message: 'ACCESS_TOKEN_PRIVATE_KEY must be a PEM-encoded PKCS#8 private key',
  })
  @IsString({ message: 'ACCESS_TOKEN_PRIVATE_KEY is required when NODE_ENV=production' })
  ACCESS_TOKEN_PRIVATE_KEY?: string;

  /**
   * The public keys (PEM, Ed25519) of the signing keys this one replaced, published beside it so that the tokens they
   * signed keep working until they expire: after a rotation, the old key's public half, removed once
   * ACCESS_TOKEN_TTL_SECONDS have passed. Several PEM blocks one after the other, at most five.
   */
  @IsOptional()
  @ValidateBy(
    { name: 'ed25519PublicKeys', validator: { validate: (value) => publicKeysIn(value) !== undefined } },
    {
      message:
        'ACCESS_TOKEN_PREVIOUS_PUBLIC_KEYS must be one to five PEM Ed25519 public keys (-----BEGIN PUBLIC KEY-----, ' +
        'as openssl pkey -pubout writes them) and nothing else',
    },
  )
  ACCESS_TOKEN_PREVIOUS_PUBLIC_KEYS?: string;

  get previousPublicKeys(): string[] {
    return publicKeysIn(this.ACCESS_TOKEN_PREVIOUS_PUBLIC_KEYS) ?? [];
  }

  @Min(60, { message: 'ACCESS_TOKEN_TTL_SECONDS must be at least 60' })
  @Max(86400, { message: 'ACCESS_TOKEN_TTL_SECONDS must be at most 86400' })
  @Type(() => Number)
  @IsInt({ message: 'ACCESS_TOKEN_TTL_SECONDS must be a whole number' })
  ACCESS_TOKEN_TTL_SECONDS = 900;

  /** The platform administrator created on first start when none exists. */
  @IsOptional()
  @IsEmail({}, { message: 'BOOTSTRAP_ADMIN_EMAIL must be an email address' })
  BOOTSTRAP_ADMIN_EMAIL?: string;

  @MinLength(12, { message: 'BOOTSTRAP_ADMIN_PASSWORD must be at least 12 characters' })
  @IsString({ message: 'BOOTSTRAP_ADMIN_PASSWORD is required when BOOTSTRAP_ADMIN_EMAIL is set' })
  @ValidateIf((config: IdentityConfig) => config.BOOTSTRAP_ADMIN_EMAIL !== undefined)
  BOOTSTRAP_ADMIN_PASSWORD?: string;

  /**
   * Base64 of 32 random bytes: the AES-256-GCM key that encrypts each institution's single sign-on client secret.
   * Required in production; elsewhere a fixed development key is used, with a warning.
   */
  @ValidateIf(
    (config: IdentityConfig) => config.isProduction || config.SINGLE_SIGN_ON_SECRET_KEY !== undefined,
  )
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message: 'SINGLE_SIGN_ON_SECRET_KEY must be 32 bytes in base64 (openssl rand -base64 32)',
  })
  @IsString({ message: 'SINGLE_SIGN_ON_SECRET_KEY is required when NODE_ENV=production' })
  SINGLE_SIGN_ON_SECRET_KEY?: string;

  /**
   * How long one step of a single sign-on (start, or callback) may wait for the school's provider, all its requests
   * together; below the gateway's REQUEST_TIMEOUT_MS, so that the person is told the provider was too slow.
   */
  @Min(100, { message: 'SINGLE_SIGN_ON_TIMEOUT_MS must be at least 100' })
  @Max(60000, { message: 'SINGLE_SIGN_ON_TIMEOUT_MS must be at most 60000' })
  @Type(() => Number)
  @IsInt({ message: 'SINGLE_SIGN_ON_TIMEOUT_MS must be a whole number' })
  SINGLE_SIGN_ON_TIMEOUT_MS = 3000;

  /** Lets providers be reached over plain http: for tests and local providers only, never in production. */
  @ValidateBy(
    {
      name: 'noHttpInProduction',
      validator: {
        validate: (value, args) => !(value === true && (args?.object as IdentityConfig).isProduction),
      },
    },
    { message: 'SINGLE_SIGN_ON_ALLOW_HTTP must not be true when NODE_ENV=production' },
  )
  @Transform(toBoolean)
  @IsBoolean({ message: 'SINGLE_SIGN_ON_ALLOW_HTTP must be true or false' })
  SINGLE_SIGN_ON_ALLOW_HTTP = false;

  /**
   * Lets providers be at this host's, private or link-local addresses: for a provider inside the deployment's own
   * network, and for tests. Off, identity reaches public addresses only.
   */
  @Transform(toBoolean)
  @IsBoolean({ message: 'SINGLE_SIGN_ON_ALLOW_PRIVATE_ADDRESSES must be true or false' })
  SINGLE_SIGN_ON_ALLOW_PRIVATE_ADDRESSES = false;

  /**
   * Days an expired link token, email change, undo link or single sign-on attempt is kept after it expired (a late
   * click is told the link expired meanwhile); 0 keeps them forever.
   */
  @RetentionDays('EXPIRED_CREDENTIALS_RETENTION_DAYS')
  EXPIRED_CREDENTIALS_RETENTION_DAYS = 7;
}

const PUBLIC_KEY_PEM = /-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\s]+?-----END PUBLIC KEY-----/g;
const MAX_PREVIOUS_KEYS = 5;

/** The PEM Ed25519 public keys the value holds, one after the other; undefined when it holds anything else. */
function publicKeysIn(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const keys = value.match(PUBLIC_KEY_PEM) ?? [];
  const rest = value.replace(PUBLIC_KEY_PEM, '').trim();
  if (keys.length === 0 || keys.length > MAX_PREVIOUS_KEYS || rest !== '') return undefined;
  const allEd25519 = keys.every((pem) => {
    try {
      return createPublicKey(pem).asymmetricKeyType === 'ed25519';
    } catch {
      return false;
    }
  });
  return allEd25519 ? keys : undefined;
}
