import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  GetUserRequest,
  MembershipStatus,
  UserType,
  IdentitySubjects,
  UpdateMeCommand,
  UserConnectionsCommand,
  UserConnectionsReply,
  UserReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { executeBound } from '@careers/persistence';
import { recordUserUpdated } from './user-events';
import { getUser } from './user-lookup';

@RpcController()
export class UsersController {
  constructor(private readonly em: EntityManager) {}

  @MessagePattern(IdentitySubjects.getUser)
  @CreateRequestContext()
  async getUser(@Payload() request: GetUserRequest): Promise<UserReply> {
    return (await getUser(this.em, request.userId)).toReply();
  }

  @MessagePattern(IdentitySubjects.updateMe)
  @CreateRequestContext()
  async updateMe(@Payload() command: UpdateMeCommand): Promise<UserReply> {
    const user = await getUser(this.em, command.userId);
    const renamed = command.name !== undefined && command.name.trim() !== user.name;
    if (command.name !== undefined) user.name = command.name.trim();
    if (command.phone !== undefined) user.phone = command.phone?.trim() || null;
    if (renamed) recordUserUpdated(this.em, user);
    await this.em.flush();
    return user.toReply();
  }

  /** Many users' types and their membership status in one institution, for onboarding's bulk invites. */
  @MessagePattern(IdentitySubjects.userConnections)
  @CreateRequestContext()
  async connections(@Payload() command: UserConnectionsCommand): Promise<UserConnectionsReply> {
    // Thousands of ids a call: one query, no entities to hydrate.
    const schema = this.em.config.get('schema') as string;
    const rows = await executeBound<{
      userId: string;
      userType: UserType;
      membershipStatus: MembershipStatus | null;
    }>(
      this.em,
      `select u.id as "userId", u.user_type as "userType", m.status as "membershipStatus"
         from "${schema}"."user_account" u
         left join "${schema}"."membership" m on m.user_id = u.id and m.institution_id = ?
        where u.id = any(?::uuid[])`,
      [command.institutionId, command.userIds],
    );
    return { items: rows };
  }
}
