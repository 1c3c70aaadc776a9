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
import { toBoolean } from '@careers/runtime';

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
}
