import { EntityManager } from '@mikro-orm/postgresql';
import { emailKey } from './email-key';
import { User } from './user.entity';
import { UserNotFound } from './user-not-found.exception';

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
