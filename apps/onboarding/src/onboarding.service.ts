import { MAIL_ENTITIES, MailModule } from '@careers/mail';
import { ServiceDefinition } from '@careers/runtime';
import { JoinRequest } from './join-requests/join-request.entity';
import { JoinRequestsModule } from './join-requests/join-requests.module';
import { onboardingMigrations } from './migrations';
import { OnboardingConfig } from './onboarding.config';

export const onboardingService: ServiceDefinition<OnboardingConfig> = {
  name: 'onboarding',
  config: OnboardingConfig,
  storage: () => ({ entities: [JoinRequest, ...MAIL_ENTITIES], migrations: onboardingMigrations }),
  features: (config) => ({
    imports: [MailModule.fromConfig(config), JoinRequestsModule.register(config.WEB_APP_URL)],
  }),
};
