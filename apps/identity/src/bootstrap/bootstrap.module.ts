import { DynamicModule, Module } from '@nestjs/common';
import { BOOTSTRAP_ADMIN, BootstrapAdmin, BootstrapAdminSettings } from './bootstrap-admin';

/** The platform administrator the configuration names, created at start when there is none. */
@Module({})
export class BootstrapModule {
  static register(settings: BootstrapAdminSettings): DynamicModule {
    return {
      module: BootstrapModule,
      providers: [BootstrapAdmin, { provide: BOOTSTRAP_ADMIN, useValue: settings }],
    };
  }
}
