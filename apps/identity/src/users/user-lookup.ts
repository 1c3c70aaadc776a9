import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { emailKey } from './email-key';
import { User } from './user.entity';
import { UserNotFound } from './user-errors';

export function findUserByEmail(em: EntityManager, email: string): Promise<User | null> {
  return em.findOne(User, { emailKey: emailKey(email) }, { populate: ['memberships'] });
}

export async function getUser(em: EntityManager, userId: string): Promise<User> {
  const user = await em.findOne(User, { id: userId }, { populate: ['memberships'] });
  if (!user) throw new UserNotFound(userId);
  return user;
}

export async function isEmailTaken(em: EntityManager, email: string): Promise<boolean> {
  return (await em.count(User, { emailKey: emailKey(email) })) > 0;
}

/**
 * Holds the user's row until the transaction ends: changes to one person's account that must not interleave (two
 * email changes started at once) take turns. Take it before any other lock of the change.
 */
export async function lockUser(em: EntityManager, userId: string): Promise<void> {
  await em
    .createQueryBuilder(User)
    .select('id')
    .where({ id: userId })
    .setLockMode(LockMode.PESSIMISTIC_WRITE)
    .execute();
}
