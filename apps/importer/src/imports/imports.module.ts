import { Module } from '@nestjs/common';
import { AnalysisModule } from '../analysis/analysis.module';
import { TargetsModule } from '../targets/targets.module';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  imports: [AnalysisModule, TargetsModule],
  controllers: [ImportsController],
  providers: [ImportsService],
  exports: [ImportsService],
})
export class ImportsModule {}
