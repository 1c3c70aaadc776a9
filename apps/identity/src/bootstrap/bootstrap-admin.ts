import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { emailKey } from '../users/email-key';
import { User } from '../users/user.entity';
import { recordUserCreated } from '../users/user-events';

export interface BootstrapAdminSettings {
  email?: string;
  password?: string;
}

export const BOOTSTRAP_ADMIN = Symbol('BOOTSTRAP_ADMIN');

/**
 * Creates the platform administrator from BOOTSTRAP_ADMIN_EMAIL / BOOTSTRAP_ADMIN_PASSWORD when no administrator
 * exists. Replicas starting together take turns on an advisory lock, so there is only ever one.
 */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdmin.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly hasher: PasswordHasher,
    @Inject(BOOTSTRAP_ADMIN) private readonly settings: BootstrapAdminSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { email, password } = this.settings;
    if (!email || !password) return;
    const passwordHash = await this.hasher.hash(password);
    const em = this.orm.em.fork();
    const outcome = await em.transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', ['identity:bootstrap-admin']);
      if ((await tx.count(User, { userType: 'platform_admin' })) > 0) return 'exists';
      if ((await tx.count(User, { emailKey: emailKey(email) })) > 0) return 'email-taken';
      const admin = new User(email, 'Platform administrator', 'platform_admin', 'active');
      admin.passwordHash = passwordHash;
      tx.persist(admin);
      recordUserCreated(tx, admin);
      return 'created';
    });
    if (outcome === 'created') this.logger.log(`Created the platform administrator ${email}`);
    if (outcome === 'email-taken') {
      this.logger.error(
        `BOOTSTRAP_ADMIN_EMAIL ${email} belongs to an existing user who is not an administrator`,
      );
    }
  }
}
