import { ServiceConfig } from '@careers/runtime';

export class OnboardingConfig extends ServiceConfig {
  override PORT = 3003;
}
