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
  ValidateIf,
} from 'class-validator';
import { MailingServiceConfig } from '@careers/mail';

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
}
