import { DynamicModule, Module, Type } from '@nestjs/common';
import { WEB_APP_URL, WebAppLinks } from './web-app-links';

/** The links a service's mails carry, to the web app it is configured with; for every feature of it that mails. */
@Module({})
export class WebAppLinksModule {
  /** `links` is `WebAppLinks` or a service's own subclass naming its pages. */
  static register(webAppUrl: string, links: Type<WebAppLinks> = WebAppLinks): DynamicModule {
    return {
      module: WebAppLinksModule,
      global: true,
      providers: [{ provide: WEB_APP_URL, useValue: webAppUrl }, links],
      exports: [links],
    };
  }
}
