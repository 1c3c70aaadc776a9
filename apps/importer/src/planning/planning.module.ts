import { Module } from '@nestjs/common';
import { TargetsModule } from '../targets/targets.module';
import { ImportPlanner } from './import-planner';

@Module({
  imports: [TargetsModule],
  providers: [ImportPlanner],
  exports: [ImportPlanner],
})
export class PlanningModule {}
