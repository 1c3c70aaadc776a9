import { DynamicModule, Module } from '@nestjs/common';
import { JoinRequestsModule } from '../join-requests/join-requests.module';
import { INVITATION_TTL_HOURS, InvitationMailer } from './invitation-mailer';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

/**
 * Invitations, and their mail with the lifetime the configuration gives. Registered once by the app with that
 * lifetime; global, so that bulk invites send and preview the same mail without registering it again.
 */
@Module({})
export class InvitationsModule {
  static register(ttlHours: number): DynamicModule {
    return {
      module: InvitationsModule,
      global: true,
      imports: [JoinRequestsModule],
      controllers: [InvitationsController],
      providers: [
        { provide: INVITATION_TTL_HOURS, useValue: ttlHours },
        InvitationMailer,
        InvitationsService,
      ],
      exports: [INVITATION_TTL_HOURS, InvitationMailer],
    };
  }
}
