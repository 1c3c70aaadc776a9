import { ServiceDefinition } from '@careers/service-runtime';
import { ImportFinding } from './analysis/import-finding.entity';
import { ImporterConfig } from './importer.config';
import { ImportRow } from './imports/import-row.entity';
import { Import } from './imports/import.entity';
import { ImportRunRow } from './runs/import-run-row.entity';
import { ImportsModule } from './imports/imports.module';
import { importerMigrations } from './migrations';

export const importerApp: ServiceDefinition<ImporterConfig> = {
  name: 'importer',
  config: ImporterConfig,
  storage: () => ({
    entities: [Import, ImportRow, ImportRunRow, ImportFinding],
    migrations: importerMigrations,
  }),
  features: () => ({ imports: [ImportsModule] }),
};
