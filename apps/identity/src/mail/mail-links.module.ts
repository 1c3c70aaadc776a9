import { DynamicModule, Module } from '@nestjs/common';
import { WEB_APP_URL } from '@careers/mail';
import { MailLinks } from './mail-links';

/** The links identity's mails carry, to the web app the app is configured with; used by every feature that mails. */
@Module({})
export class MailLinksModule {
  static register(webAppUrl: string): DynamicModule {
    return {
      module: MailLinksModule,
      global: true,
      providers: [{ provide: WEB_APP_URL, useValue: webAppUrl }, MailLinks],
      exports: [MailLinks],
    };
  }
}
