import type { EntityManager } from '@mikro-orm/postgresql';
import { UserReplica } from './user-replica.entity';

/**
 * The names directory knows of these users, by id, in one query, for the replies that mention people: none for a
 * deleted account or one whose name no event has told yet.
 */
export async function userNames(em: EntityManager, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const users = await em.find(
    UserReplica,
    { id: { $in: [...new Set(userIds)] }, deletedAt: null },
    { fields: ['id', 'name'] },
  );
  return new Map(users.flatMap((user) => (user.name === null ? [] : [[user.id, user.name] as const])));
}

/** The same for one user: their name, or `null`. */
export async function userName(em: EntityManager, userId: string): Promise<string | null> {
  return (await userNames(em, [userId])).get(userId) ?? null;
}
