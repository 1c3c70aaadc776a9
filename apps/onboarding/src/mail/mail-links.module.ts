import { DynamicModule, Module } from '@nestjs/common';
import { WEB_APP_URL, WebAppLinks } from '@careers/mail';

/** The links onboarding's mails carry, to the web app the app is configured with; used by every feature that mails. */
@Module({})
export class MailLinksModule {
  static register(webAppUrl: string): DynamicModule {
    return {
      module: MailLinksModule,
      global: true,
      providers: [{ provide: WEB_APP_URL, useValue: webAppUrl }, WebAppLinks],
      exports: [WebAppLinks],
    };
  }
}
