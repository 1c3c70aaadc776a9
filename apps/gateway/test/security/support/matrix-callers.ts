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
