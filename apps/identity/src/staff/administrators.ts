import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../memberships/membership.entity';
import { User } from '../users/user.entity';
import { NotAnAdministrator } from './staff-errors';

/**
 * Locks the institution's active administrators for the rest of the transaction (in id order) and checks that the
 * actor is one of them, or a platform administrator, as they are now (not as the actor's token says). Staff changes
 * made at the same moment take turns, and each sees the administrators the one before it left.
 */
export async function lockAdministrators(
  em: EntityManager,
  institutionId: string,
  actorId: string,
): Promise<Membership[]> {
  const administrators = await em.find(
    Membership,
    { institutionId, status: 'active', roles: { $contains: ['career_services_admin'] } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, refresh: true },
  );
  if (administrators.some((membership) => membership.user.id === actorId)) return administrators;
  const actor = await em.findOne(User, { id: actorId }, { fields: ['userType', 'status'] });
  if (actor?.userType !== 'platform_admin' || actor.status === 'disabled') throw new NotAnAdministrator();
  return administrators;
}
