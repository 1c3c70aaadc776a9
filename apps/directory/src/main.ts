import 'reflect-metadata';
import { serviceMain } from '@careers/runtime';
import { directoryApp } from './directory.app';

serviceMain(directoryApp);
