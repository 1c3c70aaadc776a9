import type { InstitutionRole, MembershipStatus, UserType } from '@careers/contracts';
import * as argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import type { TestDatabase } from './test-database';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  userType: UserType;
}

/** Puts an active user with a password straight into identity's table (for flows the API cannot make yet). */
export async function createUser(
  db: TestDatabase,
  overrides: Partial<Omit<TestUser, 'id'>> & { name?: string } = {},
): Promise<TestUser> {
  const user = {
    id: randomUUID(),
    email: overrides.email ?? `user-${randomUUID().slice(0, 8)}@example.test`,
    password: overrides.password ?? 'a-test-password',
    userType: overrides.userType ?? 'student',
  };
  const hash = await argon2.hash(user.password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2 });
  await db.query(
    `insert into identity.user_account (id, created_at, updated_at, email, email_key, name, user_type, status, password_hash)
     values ($1, now(), now(), $2, lower($2), $3, $4, 'active', $5)`,
    [user.id, user.email, overrides.name ?? 'Test User', user.userType, hash],
  );
  return user;
}

/**
 * Puts a membership straight into identity's table, for states the API of this stage cannot reach yet (a pending
 * join request comes from onboarding).
 */
export async function createMembership(
  db: TestDatabase,
  user: Pick<TestUser, 'id' | 'email'>,
  institutionId: string,
  options: {
    status?: MembershipStatus;
    roles?: InstitutionRole[];
    username?: string;
    excludedFromSyncs?: boolean;
  } = {},
): Promise<void> {
  const username = options.username ?? user.email;
  await db.query(
    `insert into identity.membership (id, created_at, updated_at, user_id, institution_id, status, roles, username, username_key, excluded_from_syncs)
     values ($1, now(), now(), $2, $3, $4, $5, $6, lower($6), $7)`,
    [
      randomUUID(),
      user.id,
      institutionId,
      options.status ?? 'active',
      options.roles ?? ['student'],
      username,
      options.excludedFromSyncs ?? false,
    ],
  );
}
