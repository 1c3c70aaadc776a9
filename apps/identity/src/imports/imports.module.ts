import { Module } from '@nestjs/common';
import { ImportApply } from './import-apply';
import { ImportLookup } from './import-lookup';
import { PlannerStatistics } from './planner-statistics';
import { ImportsController } from './imports.controller';

@Module({ controllers: [ImportsController], providers: [ImportLookup, ImportApply, PlannerStatistics] })
export class ImportsModule {}
