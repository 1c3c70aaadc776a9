import 'reflect-metadata';
import { serviceMain } from '@careers/runtime';
import { onboardingService } from './onboarding.app';

serviceMain(onboardingService);
