import './tracing';
import 'reflect-metadata';
import { serviceMain } from '@careers/service-runtime';
import { directoryApp } from './directory.app';

serviceMain(directoryApp);
