import 'reflect-metadata';
import { serviceMain } from '@careers/runtime';
import { onboardingApp } from './onboarding.app';

serviceMain(onboardingApp);
