import { Module } from '@nestjs/common';
import { ImportFileReader } from './import-file-reader';
import { ImportsController } from './imports.controller';
import { Imports } from './imports.service';
import { ImportPlanner } from '../planning/import-planner';

@Module({ controllers: [ImportsController], providers: [ImportFileReader, Imports, ImportPlanner] })
export class ImportsModule {}
