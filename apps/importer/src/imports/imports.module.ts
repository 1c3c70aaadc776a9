import { Module } from '@nestjs/common';
import { ImportAnalyzer } from '../analysis/import-analyzer';
import { ImportFileReader } from './import-file-reader';
import { ImportsController } from './imports.controller';
import { Imports } from './imports.service';
import { ImportPlanner } from '../planning/import-planner';
import { ImportRunner } from '../runs/import-runner';
import { ImportRunsController } from '../runs/import-runs.controller';
import { ImportRuns } from '../runs/import-runs.service';
import { ContactsTarget } from '../targets/contacts-target';
import { PeopleTarget } from '../targets/people-target';
import { RowTargets } from '../targets/row-targets';

@Module({
  controllers: [ImportsController, ImportRunsController],
  providers: [
    ImportFileReader,
    Imports,
    ImportPlanner,
    ImportAnalyzer,
    PeopleTarget,
    ContactsTarget,
    RowTargets,
    ImportRunner,
    ImportRuns,
  ],
})
export class ImportsModule {}
