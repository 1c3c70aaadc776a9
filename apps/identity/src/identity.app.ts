import { MAIL_ENTITIES, MailModule } from '@careers/mail';
import { ServiceDefinition } from '@careers/runtime';
import { AccountsModule } from './accounts.module';
import { AuthModule } from './auth/auth.module';
import { ContactLink } from './contact-links/contact-link.entity';
import { ContactLinksModule } from './contact-links/contact-links.module';
import { BOOTSTRAP_ADMIN, BootstrapAdmin } from './bootstrap/bootstrap-admin';
import { AccountRequest } from './account-requests/account-request.entity';
import { OneTimeToken } from './credentials/one-time-token.entity';
import { EmailRestore } from './email-change/email-restore.entity';
import { EmailChange } from './email-change/email-change.entity';
import { IdentityConfig } from './identity.config';
import { ImportsModule } from './imports/imports.module';
import { InstitutionReplica } from './institutions/institution-replica.entity';
import { InstitutionsModule } from './institutions/institutions.module';
import { Membership } from './memberships/membership.entity';
import { identityMigrations } from './migrations';
import { User } from './users/user.entity';
import { UsersModule } from './users/users.module';

export const identityService: ServiceDefinition<IdentityConfig> = {
  name: 'identity',
  config: IdentityConfig,
  storage: () => ({
    entities: [
      User,
      AccountRequest,
      Membership,
      OneTimeToken,
      EmailChange,
      EmailRestore,
      InstitutionReplica,
      ContactLink,
      ...MAIL_ENTITIES,
    ],
    migrations: identityMigrations,
    // Imports look people up a batch of 2,000 emails or usernames at a time (`= any(...)` on a unique index). With
    // PostgreSQL's default random_page_cost (4, for spinning disks) 2,000 index probes are costed above a scan of a
    // 100,000-row table, so every batch scanned all accounts and members (13-40 ms a query, growing with the
    // institution) where the index answers in 6 (docs/performance.md). 1.1 is the usual value for SSDs and cached data.
    sessionSettings: { random_page_cost: '1.1' },
  }),
  features: (config) => {
    const auth = AuthModule.register(
      { issuer: 'identity', audience: 'careers', ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS },
      config.ACCESS_TOKEN_PRIVATE_KEY,
    );
    return {
      imports: [
        auth,
        AccountsModule.register(config.WEB_APP_URL, auth),
        MailModule.fromConfig(config),
        UsersModule,
        InstitutionsModule,
        ContactLinksModule,
        ImportsModule,
      ],
      providers: [
        BootstrapAdmin,
        {
          provide: BOOTSTRAP_ADMIN,
          useValue: { email: config.BOOTSTRAP_ADMIN_EMAIL, password: config.BOOTSTRAP_ADMIN_PASSWORD },
        },
      ],
    };
  },
};
