import { EntityManager } from '@mikro-orm/postgresql';
import { InstitutionRole, MembershipStatus } from '@careers/contracts';
import type { User } from '../users/user.entity';
import { Membership, usernameKey } from './membership.entity';
import { UsernameTaken } from './membership-errors';

/** Gives the user a membership in the institution (or changes the one they have), keeping usernames unique there. */
export async function placeInInstitution(
  em: EntityManager,
  user: User,
  institutionId: string,
  status: MembershipStatus,
  roles: InstitutionRole[],
  username = user.email,
): Promise<Membership> {
  const existing = user.membershipIn(institutionId);
  if (existing) {
    existing.status = status;
    existing.roles = roles;
    return existing;
  }
  const holder = await em.findOne(Membership, { institutionId, usernameKey: usernameKey(username) });
  if (holder) throw new UsernameTaken(username);
  const membership = new Membership(user, institutionId, status, roles, username);
  user.memberships.add(membership);
  em.persist(membership);
  return membership;
}

/** The user's membership in the institution, with the user; none when they are not part of it. */
export function membershipOf(
  em: EntityManager,
  institutionId: string,
  userId: string,
): Promise<Membership | null> {
  return em.findOne(Membership, { institutionId, user: userId }, { populate: ['user', 'user.memberships'] });
}
