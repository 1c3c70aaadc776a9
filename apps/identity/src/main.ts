import './tracing';
import 'reflect-metadata';
import { serviceMain } from '@careers/service-runtime';
import { identityApp } from './identity.app';

serviceMain(identityApp);
