import { DynamicModule, Module } from '@nestjs/common';
import { WEB_APP_URL, WebAppLinks } from '@careers/mail';
import { JoinRequestDecisions } from './join-request-decisions';
import { JoinRequestsController } from './join-requests.controller';
import { JoinRequests } from './join-requests.service';
import { People } from './people';

@Module({})
export class JoinRequestsModule {
  static register(webAppUrl: string): DynamicModule {
    return {
      module: JoinRequestsModule,
      controllers: [JoinRequestsController],
      providers: [
        { provide: WEB_APP_URL, useValue: webAppUrl },
        WebAppLinks,
        People,
        JoinRequests,
        JoinRequestDecisions,
      ],
      exports: [JoinRequests],
    };
  }
}
