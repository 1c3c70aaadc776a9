import { MailingServiceConfig } from '@careers/mail';

export class OnboardingConfig extends MailingServiceConfig {
  override PORT = 3003;
}
