import { INSTITUTION_ROLES, InstitutionRole, UserType } from '@careers/contracts';
import { createMembership, createUser, TestSystem } from '@careers/testing';
import { randomUUID } from 'node:crypto';

/** Which institution a member caller belongs to: the one whose resources the routes name, or another one. */
export type Scope = 'own' | 'other';

/** Who calls a route in the authorization matrix. */
export type CallerName = 'anonymous' | 'platform_admin' | `${InstitutionRole}@${Scope}`;

export interface MatrixCaller {
  name: CallerName;
  /** No token for the anonymous caller. */
  token?: string;
  userId?: string;
}

const USER_TYPE_OF: Record<InstitutionRole, UserType> = {
  career_services_admin: 'career_services',
  career_services_staff: 'career_services',
  employer: 'employer',
  student: 'student',
  alumni: 'alumni',
  mentor: 'mentor',
};

/**
 * Every caller of the matrix, logged in: nobody, the platform administrator, and one person of each institution role
 * in `own` (the institution the routes name) and in `other` (another institution).
 */
export async function matrixCallers(
  system: TestSystem,
  institutions: Record<Scope, string>,
): Promise<MatrixCaller[]> {
  const members: MatrixCaller[] = [];
  for (const scope of ['own', 'other'] as const) {
    for (const role of INSTITUTION_ROLES) {
      const user = await createUser(system.db, {
        email: `${role}-${scope}-${randomUUID().slice(0, 6)}@matrix.test`,
        userType: USER_TYPE_OF[role],
      });
      await createMembership(system.db, user, institutions[scope], { roles: [role] });
      const token = await system.api.login(user.email, user.password);
      members.push({ name: `${role}@${scope}`, token, userId: user.id });
    }
  }
  return [{ name: 'anonymous' }, { name: 'platform_admin', token: await system.adminToken() }, ...members];
}

/** A caller whose token was issued before their roles changed, and the caller whose answers they must now get. */
export interface StaleCaller extends MatrixCaller {
  actsAs: CallerName;
}

/**
 * Staff who logged in, then lost a role: an administrator removed from `own` (still administrator of `other`), an
 * administrator demoted to staff in `own`, a staff member removed from `own` (still staff of `other`). Their tokens
 * still name the old roles; every route must answer them as the roles they hold now.
 */
export async function staleCallers(
  system: TestSystem,
  institutions: Record<Scope, string>,
): Promise<StaleCaller[]> {
  const changes: Array<{ role: InstitutionRole; now: InstitutionRole | null; actsAs: CallerName }> = [
    { role: 'career_services_admin', now: null, actsAs: 'career_services_admin@other' },
    { role: 'career_services_admin', now: 'career_services_staff', actsAs: 'career_services_staff@own' },
    { role: 'career_services_staff', now: null, actsAs: 'career_services_staff@other' },
  ];
  const stale: StaleCaller[] = [];
  for (const { role, now, actsAs } of changes) {
    const user = await createUser(system.db, {
      email: `stale-${role}-${randomUUID().slice(0, 6)}@matrix.test`,
      userType: 'career_services',
    });
    await createMembership(system.db, user, institutions.own, { roles: [role] });
    if (!now) await createMembership(system.db, user, institutions.other, { roles: [role] });
    const token = await system.api.login(user.email, user.password);
    if (now) {
      await system.db.query(
        'update identity.membership set roles = $1 where user_id = $2 and institution_id = $3',
        [[now], user.id, institutions.own],
      );
    } else {
      await system.db.query('delete from identity.membership where user_id = $1 and institution_id = $2', [
        user.id,
        institutions.own,
      ]);
    }
    stale.push({ name: `${role}@own` as CallerName, token, userId: user.id, actsAs });
  }
  return stale;
}
