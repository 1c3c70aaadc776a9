import 'reflect-metadata';
import { serviceMain } from '@careers/runtime';
import { importerApp } from './importer.app';

serviceMain(importerApp);
