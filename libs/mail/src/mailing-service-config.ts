import { Type } from 'class-transformer';
import { IsInt, IsString, IsUrl, Matches, Min } from 'class-validator';
import { RetentionDays, ServiceConfig } from '@careers/runtime';

/** The configuration of a service that sends mail with links to the web front end. */
export class MailingServiceConfig extends ServiceConfig {
  /** Where the service's mail is sent through. The dev stack's mail catcher listens on 1025. */
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

  /** Days a sent mail's row (who was mailed what, and when) is kept after it was sent; 0 keeps it forever. */
  @RetentionDays('SENT_MAIL_RETENTION_DAYS')
  SENT_MAIL_RETENTION_DAYS = 30;

  /** Days a mail that failed for good is kept after its last attempt; 0 keeps it forever. */
  @RetentionDays('FAILED_MAIL_RETENTION_DAYS')
  FAILED_MAIL_RETENTION_DAYS = 90;
}
