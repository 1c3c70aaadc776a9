import 'reflect-metadata';
import { serviceMain } from '@careers/runtime';
import { onboardingService } from './onboarding.service';

serviceMain(onboardingService);
