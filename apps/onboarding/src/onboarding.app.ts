import { MAIL_ENTITIES, MailModule, mailPruneRules, WebAppLinksModule } from '@careers/mail';
import { UserName, UserNamesModule } from '@careers/messaging';
import { ServiceDefinition } from '@careers/service-runtime';
import { BulkDecisionItem } from './bulk-decisions/bulk-decision-item.entity';
import { BulkDecision } from './bulk-decisions/bulk-decision.entity';
import { BulkDecisionsModule } from './bulk-decisions/bulk-decisions.module';
import { BulkInviteRecipient } from './bulk-invites/bulk-invite-recipient.entity';
import { BulkInvite } from './bulk-invites/bulk-invite.entity';
import { BulkInvitesModule } from './bulk-invites/bulk-invites.module';
import { Invitation } from './invitations/invitation.entity';
import { InvitationsModule } from './invitations/invitations.module';
import { JoinRequest } from './join-requests/join-request.entity';
import { JoinRequestsModule } from './join-requests/join-requests.module';
import { onboardingMigrations } from './migrations';
import { OnboardingConfig } from './onboarding.config';

export const onboardingApp: ServiceDefinition<OnboardingConfig> = {
  name: 'onboarding',
  config: OnboardingConfig,
  storage: () => ({
    entities: [
      JoinRequest,
      BulkDecision,
      BulkDecisionItem,
      BulkInvite,
      BulkInviteRecipient,
      Invitation,
      UserName,
      ...MAIL_ENTITIES,
    ],
    migrations: onboardingMigrations,
  }),
  retention: mailPruneRules,
  features: (config) => ({
    imports: [
      MailModule.fromConfig(config),
      WebAppLinksModule.register(config.WEB_APP_URL),
      JoinRequestsModule,
      BulkDecisionsModule,
      InvitationsModule.register(config.INVITATION_TTL_HOURS),
      BulkInvitesModule,
      UserNamesModule,
    ],
  }),
};
