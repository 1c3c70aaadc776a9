import { ServiceDefinition } from '@careers/runtime';
import { OnboardingConfig } from './onboarding.config';
import { onboardingMigrations } from './migrations';

/** The onboarding service; its features arrive with their issues. */
export const onboardingService: ServiceDefinition<OnboardingConfig> = {
  name: 'onboarding',
  config: OnboardingConfig,
  storage: () => ({ entities: [], migrations: onboardingMigrations }),
  features: () => ({ imports: [] }),
};
