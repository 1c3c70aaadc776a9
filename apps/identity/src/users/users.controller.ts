import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  GetUserRequest,
  IdentitySubjects,
  UpdateMeCommand,
  UserConnectionsCommand,
  UserConnectionsReply,
  UserReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { recordUserUpdated } from './user-events';
import { getUser } from './users';
import { User } from './user.entity';

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
    const users = await this.em.find(User, { id: { $in: command.userIds } }, { populate: ['memberships'] });
    return {
      items: users.map((user) => ({
        userId: user.id,
        userType: user.userType,
        membershipStatus: user.membershipIn(command.institutionId)?.status ?? null,
      })),
    };
  }
}
