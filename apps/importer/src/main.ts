import './tracing';
import 'reflect-metadata';
import { serviceMain } from '@careers/service-runtime';
import { importerApp } from './importer.app';

serviceMain(importerApp);
