import { UserName, UserNamesModule } from '@careers/messaging';
import { ServiceDefinition } from '@careers/service-runtime';
import { AnalysisModule } from './analysis/analysis.module';
import { ImportFinding } from './analysis/import-finding.entity';
import { ImporterConfig } from './importer.config';
import { finishedImportPruneRules } from './imports/finished-import-retention';
import { ImportRow } from './imports/import-row.entity';
import { Import } from './imports/import.entity';
import { ImportsModule } from './imports/imports.module';
import { importerMigrations } from './migrations';
import { PlanningModule } from './planning/planning.module';
import { ImportRunRow } from './runs/import-run-row.entity';
import { ImportRunsModule } from './runs/import-runs.module';
import { TargetsModule } from './targets/targets.module';

export const importerApp: ServiceDefinition<ImporterConfig> = {
  name: 'importer',
  config: ImporterConfig,
  storage: () => ({
    entities: [Import, ImportRow, ImportRunRow, ImportFinding, UserName],
    migrations: importerMigrations,
  }),
  retention: finishedImportPruneRules,
  features: () => ({
    imports: [
      TargetsModule,
      PlanningModule,
      AnalysisModule,
      ImportsModule,
      ImportRunsModule,
      UserNamesModule,
    ],
  }),
};
