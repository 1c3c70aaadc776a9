import { DynamicModule, Module } from '@nestjs/common';
import { WEB_APP_URL, WebAppLinks } from '@careers/mail';
import { BulkDecisionWorker } from './bulk-decisions/bulk-decision-worker';
import { BulkDecisionsController } from './bulk-decisions/bulk-decisions.controller';
import { BulkDecisions } from './bulk-decisions/bulk-decisions.service';
import { BulkInviteMailer } from './bulk-invites/bulk-invite-mailer';
import { BulkInvitesController } from './bulk-invites/bulk-invites.controller';
import { BulkInvites } from './bulk-invites/bulk-invites.service';
import { InviteAudience } from './bulk-invites/invite-audience';
import { InvitePreview } from './bulk-invites/invite-preview';
import { INVITATION_TTL_HOURS, InvitationMailer } from './invitations/invitation-mailer';
import { InvitationsController } from './invitations/invitations.controller';
import { Invitations } from './invitations/invitations.service';
import { JoinRequestDecisions } from './join-requests/join-request-decisions';
import { JoinRequestsController } from './join-requests/join-requests.controller';
import { JoinRequests } from './join-requests/join-requests.service';
import { People } from './join-requests/people';
import type { OnboardingConfig } from './onboarding.config';

/** Join requests (one by one or in bulk), bulk invites and invitations: they share the people, the decisions and the mails. */
@Module({})
export class OnboardingModule {
  static register(config: OnboardingConfig): DynamicModule {
    return {
      module: OnboardingModule,
      controllers: [
        JoinRequestsController,
        BulkDecisionsController,
        BulkInvitesController,
        InvitationsController,
      ],
      providers: [
        { provide: WEB_APP_URL, useValue: config.WEB_APP_URL },
        { provide: INVITATION_TTL_HOURS, useValue: config.INVITATION_TTL_HOURS },
        WebAppLinks,
        People,
        JoinRequests,
        JoinRequestDecisions,
        BulkDecisions,
        BulkDecisionWorker,
        InviteAudience,
        BulkInvites,
        BulkInviteMailer,
        InvitePreview,
        InvitationMailer,
        Invitations,
      ],
    };
  }
}
