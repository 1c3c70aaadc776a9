import { Module } from '@nestjs/common';
import { PlanningModule } from '../planning/planning.module';
import { ImportAnalyzer } from './import-analyzer';
import { ImportFileReader } from './import-file-reader';

/** The background analysis of uploaded files; imports wake it, and remove a refused upload's file with the reader. */
@Module({
  imports: [PlanningModule],
  providers: [ImportFileReader, ImportAnalyzer],
  exports: [ImportFileReader, ImportAnalyzer],
})
export class AnalysisModule {}
