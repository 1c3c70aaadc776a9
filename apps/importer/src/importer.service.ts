import { ServiceDefinition } from '@careers/runtime';
import { ImporterConfig } from './importer.config';
import { importerMigrations } from './migrations';

/** The importer service; its features arrive with their issues. */
export const importerService: ServiceDefinition<ImporterConfig> = {
  name: 'importer',
  config: ImporterConfig,
  storage: () => ({ entities: [], migrations: importerMigrations }),
  features: () => ({ imports: [] }),
};
