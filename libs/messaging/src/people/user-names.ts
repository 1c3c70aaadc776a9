import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserName } from './user-name.entity';

/** A service's copy of users that keeps their names: `UserName`, or a replica of its own that has more. */
export interface NamedUser {
  id: string;
  name: string | null;
  deletedAt: Date | null;
}

/**
 * The names the service knows of these users, by id, in one query: none for a deleted account or one whose name no
 * event has told yet.
 */
export async function userNames(
  em: EntityManager,
  userIds: string[],
  copy: EntityClass<NamedUser> = UserName,
): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const users = await em.find(copy, { id: { $in: [...new Set(userIds)] }, deletedAt: null });
  return new Map(users.flatMap((user) => (user.name === null ? [] : [[user.id, user.name] as const])));
}

/** The same for one user: their name, or `null`. */
export async function userName(
  em: EntityManager,
  userId: string,
  copy: EntityClass<NamedUser> = UserName,
): Promise<string | null> {
  return (await userNames(em, [userId], copy)).get(userId) ?? null;
}
