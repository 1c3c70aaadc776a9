import 'reflect-metadata';
import { serviceMain } from '@careers/runtime';
import { directoryService } from './directory.service';

serviceMain(directoryService);
