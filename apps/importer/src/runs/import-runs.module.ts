import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports/imports.module';
import { TargetsModule } from '../targets/targets.module';
import { ImportRunner } from './import-runner';
import { ImportRunsController } from './import-runs.controller';
import { ImportRunsService } from './import-runs.service';

@Module({
  imports: [ImportsModule, TargetsModule],
  controllers: [ImportRunsController],
  providers: [ImportRunsService, ImportRunner],
})
export class ImportRunsModule {}
