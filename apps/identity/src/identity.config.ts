import { Type } from 'class-transformer';
import {
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  IsUrl,
  ValidateIf,
} from 'class-validator';
import { ServiceConfig } from '@careers/runtime';

export class IdentityConfig extends ServiceConfig {
  override PORT = 3001;

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

  /** Where identity's mail is sent through. The dev stack's mail catcher listens on 1025. */
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString({ message: 'MAIL_FROM must be a From address, e.g. Careers <no-reply@careers.example>' })
  MAIL_FROM = 'Careers <no-reply@careers.localhost>';

  /** The web front end that mails link to (it shows the page for `/verify-email?token=...` and the others). */
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'WEB_APP_URL must be an http(s) URL' },
  )
  WEB_APP_URL = 'http://localhost:3000';

  /** The first retry of an unsent mail waits this long, then twice as long each time (at most 10 minutes). */
  @Min(100, { message: 'MAIL_RETRY_BASE_MS must be at least 100' })
  @Type(() => Number)
  @IsInt({ message: 'MAIL_RETRY_BASE_MS must be a whole number' })
  MAIL_RETRY_BASE_MS = 2000;
}
