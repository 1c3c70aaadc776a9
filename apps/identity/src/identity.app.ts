import { MAIL_ENTITIES, MailModule, WebAppLinksModule } from '@careers/mail';
import { ServiceDefinition } from '@careers/service-runtime';
import { AccountRequestsModule } from './account-requests/account-requests.module';
import { ActivationEmailsModule } from './activation-emails/activation-emails.module';
import { ActivationSend } from './activation-emails/activation-send.entity';
import { AuthModule } from './auth/auth.module';
import { ContactLink } from './contact-links/contact-link.entity';
import { ContactLinksModule } from './contact-links/contact-links.module';
import { BootstrapModule } from './bootstrap/bootstrap.module';
import { AccountRequest } from './account-requests/account-request.entity';
import { OneTimeToken } from './credentials/one-time-token.entity';
import { EmailRestore } from './email-change/email-restore.entity';
import { EmailChange } from './email-change/email-change.entity';
import { EmailChangeModule } from './email-change/email-change.module';
import { IdentityConfig } from './identity.config';
import { identityPruneRules } from './identity-retention';
import { ImportsModule } from './imports/imports.module';
import { InstitutionReplica } from './institutions/institution-replica.entity';
import { InstitutionsModule } from './institutions/institutions.module';
import { InstitutionUsersModule } from './institution-users/institution-users.module';
import { MailLinks } from './mail/mail-links';
import { Membership } from './memberships/membership.entity';
import { MembershipsModule } from './memberships/memberships.module';
import { identityMigrations } from './migrations';
import { PasswordsModule } from './passwords/passwords.module';
import { ScimToken } from './scim/scim-token.entity';
import { ScimModule } from './scim/scim.module';
import { SignupModule } from './signup/signup.module';
import { SingleSignOnAttempt } from './single-sign-on/single-sign-on-attempt.entity';
import { SingleSignOnModule } from './single-sign-on/single-sign-on.module';
import { SingleSignOnProvider } from './single-sign-on/single-sign-on-provider.entity';
import { StaffModule } from './staff/staff.module';
import { User } from './users/user.entity';
import { UsersModule } from './users/users.module';

export const identityApp: ServiceDefinition<IdentityConfig> = {
  name: 'identity',
  config: IdentityConfig,
  storage: () => ({
    entities: [
      User,
      AccountRequest,
      ActivationSend,
      Membership,
      OneTimeToken,
      EmailChange,
      EmailRestore,
      InstitutionReplica,
      ContactLink,
      ScimToken,
      SingleSignOnProvider,
      SingleSignOnAttempt,
      ...MAIL_ENTITIES,
    ],
    migrations: identityMigrations,
  }),
  retention: identityPruneRules,
  features: (config) => ({
    imports: [
      AuthModule.register(
        { issuer: 'identity', audience: 'careers', ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS },
        { privateKeyPem: config.ACCESS_TOKEN_PRIVATE_KEY, previousPublicKeyPems: config.previousPublicKeys },
      ),
      MailModule.fromConfig(config),
      WebAppLinksModule.register(config.WEB_APP_URL, MailLinks),
      BootstrapModule.register({
        email: config.BOOTSTRAP_ADMIN_EMAIL,
        password: config.BOOTSTRAP_ADMIN_PASSWORD,
      }),
      UsersModule,
      SignupModule,
      PasswordsModule,
      AccountRequestsModule,
      EmailChangeModule,
      InstitutionsModule,
      MembershipsModule,
      StaffModule,
      InstitutionUsersModule,
      ContactLinksModule,
      ImportsModule,
      ActivationEmailsModule,
      ScimModule,
      SingleSignOnModule.register({
        webAppUrl: config.WEB_APP_URL,
        secretKey: config.SINGLE_SIGN_ON_SECRET_KEY,
        timeoutMs: config.SINGLE_SIGN_ON_TIMEOUT_MS,
        allowHttp: config.SINGLE_SIGN_ON_ALLOW_HTTP,
        allowPrivateAddresses: config.SINGLE_SIGN_ON_ALLOW_PRIVATE_ADDRESSES,
      }),
    ],
  }),
};
