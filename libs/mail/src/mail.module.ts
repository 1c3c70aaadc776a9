import { DynamicModule, Module } from '@nestjs/common';
import { MailDispatcher } from './mail-dispatcher';
import { MAIL_OPTIONS, MailOptions } from './mail-options';
import type { MailingServiceConfig } from './mailing-service-config';

/** Mail delivery for a service: its durable queue is sent over SMTP. Needs MikroORM with `MAIL_ENTITIES`. */
@Module({})
export class MailModule {
  static forService(options: MailOptions): DynamicModule {
    return {
      module: MailModule,
      // One mail queue a service: its features reach the dispatcher without importing the module again.
      global: true,
      providers: [{ provide: MAIL_OPTIONS, useValue: options }, MailDispatcher],
      exports: [MailDispatcher],
    };
  }

  static fromConfig(config: MailingServiceConfig): DynamicModule {
    return MailModule.forService({
      smtpUrl: config.SMTP_URL,
      from: config.MAIL_FROM,
      retryBaseMs: config.MAIL_RETRY_BASE_MS,
    });
  }
}
