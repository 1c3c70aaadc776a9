import { DynamicModule, Module } from '@nestjs/common';
import {
  CONTACT_QUERY_TIMEOUTS,
  ContactQueryTimeLimits,
  ContactQueryTimeouts,
} from './contact-query-time-limits';

/**
 * The address book's read time limits, from the configuration. Registered once by the app; global, so that the
 * contacts module stays a plain module that other features (notes) import as it is.
 */
@Module({})
export class ContactQueryTimeLimitsModule {
  static register(timeouts: ContactQueryTimeouts): DynamicModule {
    return {
      module: ContactQueryTimeLimitsModule,
      global: true,
      providers: [{ provide: CONTACT_QUERY_TIMEOUTS, useValue: timeouts }, ContactQueryTimeLimits],
      exports: [ContactQueryTimeLimits],
    };
  }
}
