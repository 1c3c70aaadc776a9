import { DynamicModule, Module } from '@nestjs/common';
import { MailDispatcher } from './mail-dispatcher';
import { MAIL_OPTIONS, MailOptions } from './mail-options';

/** Mail delivery for a service: its durable queue is sent over SMTP. Needs MikroORM with `MAIL_ENTITIES`. */
@Module({})
export class MailModule {
  static forService(options: MailOptions): DynamicModule {
    return {
      module: MailModule,
      providers: [{ provide: MAIL_OPTIONS, useValue: options }, MailDispatcher],
      exports: [MailDispatcher],
    };
  }
}
