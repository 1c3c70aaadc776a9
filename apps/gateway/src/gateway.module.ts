import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { NatsModule, RpcClientModule } from '@careers/rpc';
import { HealthModule, LoggingModule, MetricsModule } from '@careers/runtime';
import { TracingModule } from '@careers/runtime/tracing';
import { AccessTokenVerifier } from './auth/access-token-verifier';
import { AuthController } from './auth/auth.controller';
import { AuthenticationGuard } from './auth/authentication.guard';
import { SingleSignOnController } from './auth/single-sign-on.controller';
import { CurrentAccess } from './auth/current-access';
import { GatewayConfig } from './gateway.config';
import { InstitutionsController } from './institutions/institutions.controller';
import { InstitutionAccessGuard } from './auth/institution-access.guard';
import { ActivationEmailsController } from './institution-users/activation-emails.controller';
import { InstitutionUsersController } from './institution-users/institution-users.controller';
import { MeController } from './me/me.controller';
import { MyStaffInvitationsController } from './me/my-staff-invitations.controller';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { FailedLogins } from './rate-limit/failed-logins';
import { RateLimiter } from './rate-limit/rate-limiter';
import { RateLimitBucket } from './rate-limit/rate-limit-bucket';
import { StaffController } from './staff/staff.controller';
import { SettingsController } from './settings/settings.controller';
import { SingleSignOnSettingsController } from './settings/single-sign-on-settings.controller';
import { LabelsController } from './labels/labels.controller';
import { ContactsController } from './contacts/contacts.controller';
import { ContactNotesController } from './contacts/contact-notes.controller';
import { CompaniesController } from './companies/companies.controller';
import { JoinRequestsController } from './join-requests/join-requests.controller';
import { MyJoinRequestsController } from './join-requests/my-join-requests.controller';
import { BulkInvitesController } from './bulk-invites/bulk-invites.controller';
import { InvitationsController } from './invitations/invitations.controller';
import { InstitutionInvitationsController } from './invitations/institution-invitations.controller';
import { ImportsController } from './imports/imports.controller';
import { ImportRunsController } from './imports/import-runs.controller';
import { ImportFileStore } from './imports/import-file-store';
import { ImportUploadReader } from './imports/import-upload';
import { ScimDiscoveryController } from './scim/scim-discovery.controller';
import { ScimTokenGuard } from './scim/scim-token.guard';
import { ScimTokensController } from './scim/scim-tokens.controller';
import { ScimUsersController } from './scim/scim-users.controller';

export const GATEWAY = 'gateway';

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        LoggingModule.forApp(GATEWAY, config.LOG_LEVEL),
        NatsModule.forRoot({ settings: config.nats, name: GATEWAY }),
        RpcClientModule.register({ nats: config.nats, timeoutMs: config.REQUEST_TIMEOUT_MS }),
        HealthModule.forApp({ database: false }),
        MetricsModule.forApp(config.METRICS_PORT),
        TracingModule,
      ],
      controllers: [
        AuthController,
        SingleSignOnController,
        MeController,
        MyStaffInvitationsController,
        InstitutionsController,
        StaffController,
        InstitutionUsersController,
        ActivationEmailsController,
        SettingsController,
        SingleSignOnSettingsController,
        LabelsController,
        ContactsController,
        ContactNotesController,
        CompaniesController,
        JoinRequestsController,
        MyJoinRequestsController,
        BulkInvitesController,
        InvitationsController,
        InstitutionInvitationsController,
        ImportsController,
        ImportRunsController,
        ScimTokensController,
        ScimUsersController,
        ScimDiscoveryController,
      ],
      providers: [
        { provide: GatewayConfig, useValue: config },
        AccessTokenVerifier,
        CurrentAccess,
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        InstitutionAccessGuard,
        RateLimitBucket,
        RateLimiter,
        FailedLogins,
        RateLimitGuard,
        ImportFileStore,
        ImportUploadReader,
        ScimTokenGuard,
      ],
    };
  }
}
