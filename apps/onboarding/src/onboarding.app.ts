import { MAIL_ENTITIES, MailModule } from '@careers/mail';
import { ServiceDefinition } from '@careers/runtime';
import { BulkDecisionItem } from './bulk-decisions/bulk-decision-item.entity';
import { BulkDecision } from './bulk-decisions/bulk-decision.entity';
import { BulkInviteRecipient } from './bulk-invites/bulk-invite-recipient.entity';
import { BulkInvite } from './bulk-invites/bulk-invite.entity';
import { Invitation } from './invitations/invitation.entity';
import { JoinRequest } from './join-requests/join-request.entity';
import { onboardingMigrations } from './migrations';
import { OnboardingConfig } from './onboarding.config';
import { OnboardingModule } from './onboarding.module';

export const onboardingService: ServiceDefinition<OnboardingConfig> = {
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
      ...MAIL_ENTITIES,
    ],
    migrations: onboardingMigrations,
  }),
  features: (config) => ({ imports: [MailModule.fromConfig(config), OnboardingModule.register(config)] }),
};
