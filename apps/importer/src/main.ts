import 'reflect-metadata';
import { serviceMain } from '@careers/runtime';
import { importerService } from './importer.app';

serviceMain(importerService);
