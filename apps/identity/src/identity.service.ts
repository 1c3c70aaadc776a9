import { ServiceDefinition } from '@careers/runtime';
import { AuthModule } from './auth/auth.module';
import { BOOTSTRAP_ADMIN, BootstrapAdmin } from './bootstrap/bootstrap-admin';
import { IdentityConfig } from './identity.config';
import { InstitutionReplica } from './institutions/institution-replica.entity';
import { InstitutionsModule } from './institutions/institutions.module';
import { identityMigrations } from './migrations';
import { User } from './users/user.entity';
import { UsersModule } from './users/users.module';

export const identityService: ServiceDefinition<IdentityConfig> = {
  name: 'identity',
  config: IdentityConfig,
  storage: () => ({ entities: [User, InstitutionReplica], migrations: identityMigrations }),
  features: (config) => ({
    imports: [
      AuthModule.register(
        { issuer: 'identity', audience: 'careers', ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS },
        config.ACCESS_TOKEN_PRIVATE_KEY,
      ),
      UsersModule,
      InstitutionsModule,
    ],
    providers: [
      BootstrapAdmin,
      {
        provide: BOOTSTRAP_ADMIN,
        useValue: { email: config.BOOTSTRAP_ADMIN_EMAIL, password: config.BOOTSTRAP_ADMIN_PASSWORD },
      },
    ],
  }),
};
