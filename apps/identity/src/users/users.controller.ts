import { EntityManager } from '@mikro-orm/postgresql';
import { CreateRequestContext } from '@mikro-orm/core';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GetUserRequest, IdentitySubjects, UserReply } from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { User } from './user.entity';
import { UserNotFound } from './user-not-found.exception';

@RpcController()
export class UsersController {
  constructor(private readonly em: EntityManager) {}

  @MessagePattern(IdentitySubjects.getUser)
  @CreateRequestContext()
  async getUser(@Payload() request: GetUserRequest): Promise<UserReply> {
    const user = await this.em.findOne(User, { id: request.userId });
    if (!user) throw new UserNotFound(request.userId);
    return user.toReply();
  }
}
