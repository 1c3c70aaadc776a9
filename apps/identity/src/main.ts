import 'reflect-metadata';
import { serviceMain } from '@careers/runtime';
import { identityApp } from './identity.app';

serviceMain(identityApp);
