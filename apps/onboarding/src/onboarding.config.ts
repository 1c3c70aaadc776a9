import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { MailingServiceConfig } from '@careers/mail';

export class OnboardingConfig extends MailingServiceConfig {
  override PORT = 3003;
  override METRICS_PORT = 9403;

  /** How long an invitation's link works. */
  @Max(24 * 90, { message: 'INVITATION_TTL_HOURS must be at most 2160 (90 days)' })
  @Min(1, { message: 'INVITATION_TTL_HOURS must be at least 1' })
  @Type(() => Number)
  @IsInt({ message: 'INVITATION_TTL_HOURS must be a whole number' })
  INVITATION_TTL_HOURS = 168;
}
