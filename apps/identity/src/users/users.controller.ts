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
import { UsersService } from './users.service';

@RpcController()
export class UsersController {
  constructor(
    private readonly em: EntityManager,
    private readonly users: UsersService,
  ) {}

  @MessagePattern(IdentitySubjects.getUser)
  @CreateRequestContext()
  getUser(@Payload() request: GetUserRequest): Promise<UserReply> {
    return this.users.get(this.em, request.userId);
  }

  @MessagePattern(IdentitySubjects.updateMe)
  @CreateRequestContext()
  updateMe(@Payload() command: UpdateMeCommand): Promise<UserReply> {
    return this.users.updateMe(this.em, command);
  }

  @MessagePattern(IdentitySubjects.userConnections)
  @CreateRequestContext()
  connections(@Payload() command: UserConnectionsCommand): Promise<UserConnectionsReply> {
    return this.users.connections(this.em, command);
  }
}
