import './tracing';
import 'reflect-metadata';
import { serviceMain } from '@careers/service-runtime';
import { onboardingApp } from './onboarding.app';

serviceMain(onboardingApp);
