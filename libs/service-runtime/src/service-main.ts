import { migrateCommand } from '@careers/persistence';
import { type ServiceConfig, loadConfig, runMain, startService } from '@careers/runtime';
import { ServiceDefinition, ServiceModule, serviceStorage } from './service.module';

/** A service's entry point: `main.js` runs it, `main.js migrate` only brings its schema up to date. */
export function serviceMain<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  argv = process.argv,
): void {
  runMain(async () => {
    const config = loadConfig(definition.config);
    if (argv[2] === 'migrate') return migrateCommand(serviceStorage(definition, config));
    return startService(definition.name, ServiceModule.forRoot(definition, config), config);
  });
}
