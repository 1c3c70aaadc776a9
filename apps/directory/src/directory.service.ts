import { ServiceDefinition } from '@careers/runtime';
import { DirectoryConfig } from './directory.config';
import { Institution } from './institutions/institution.entity';
import { InstitutionsModule } from './institutions/institutions.module';
import { directoryMigrations } from './migrations';

export const directoryService: ServiceDefinition<DirectoryConfig> = {
  name: 'directory',
  config: DirectoryConfig,
  storage: () => ({ entities: [Institution], migrations: directoryMigrations }),
  features: () => ({ imports: [InstitutionsModule] }),
};
