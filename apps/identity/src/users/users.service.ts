import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  MembershipStatus,
  UpdateMeCommand,
  UserConnectionsCommand,
  UserConnectionsReply,
  UserReply,
  UserType,
} from '@careers/contracts';
import { executeBound } from '@careers/persistence';
import { recordUserUpdated } from './user-events';
import { getUser } from './user-lookup';

@Injectable()
export class UsersService {
  async get(em: EntityManager, userId: string): Promise<UserReply> {
    return (await getUser(em, userId)).toReply();
  }

  async updateMe(em: EntityManager, command: UpdateMeCommand): Promise<UserReply> {
    const user = await getUser(em, command.userId);
    const renamed = command.name !== undefined && command.name.trim() !== user.name;
    if (command.name !== undefined) user.name = command.name.trim();
    if (command.phone !== undefined) user.phone = command.phone?.trim() || null;
    if (renamed) recordUserUpdated(em, user);
    await em.flush();
    return user.toReply();
  }

  /** Many users' types and their membership status in one institution, for onboarding's bulk invites. */
  async connections(em: EntityManager, command: UserConnectionsCommand): Promise<UserConnectionsReply> {
    // Thousands of ids a call: one query, no entities to hydrate.
    const schema = em.config.get('schema') as string;
    const rows = await executeBound<{
      userId: string;
      userType: UserType;
      membershipStatus: MembershipStatus | null;
    }>(
      em,
      `select u.id as "userId", u.user_type as "userType", m.status as "membershipStatus"
         from "${schema}"."user_account" u
         left join "${schema}"."membership" m on m.user_id = u.id and m.institution_id = ?
        where u.id = any(?::uuid[])`,
      [command.institutionId, command.userIds],
    );
    return { items: rows };
  }
}
