import 'reflect-metadata';
import { serviceMain } from '@careers/runtime';
import { directoryService } from './directory.app';

serviceMain(directoryService);
