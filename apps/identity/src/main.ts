import 'reflect-metadata';
import { serviceMain } from '@careers/runtime';
import { identityService } from './identity.app';

serviceMain(identityService);
