import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DeletePendingUserCommand,
  FindMembersByNameCommand,
  IdentitySubjects,
  MembersByNameReply,
  InstitutionUserCommand,
  InstitutionUserReply,
  SearchUsersCommand,
  UpdateInstitutionUserCommand,
  UserPageReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { InstitutionUsersService } from './institution-users.service';
import { MembersByName } from './members-by-name';

@RpcController()
export class InstitutionUsersController {
  constructor(
    private readonly em: EntityManager,
    private readonly users: InstitutionUsersService,
    private readonly membersByName: MembersByName,
  ) {}

  @MessagePattern(IdentitySubjects.searchInstitutionUsers)
  @CreateRequestContext()
  search(@Payload() query: SearchUsersCommand): Promise<UserPageReply> {
    return this.users.search(this.em, query);
  }

  @MessagePattern(IdentitySubjects.getInstitutionUser)
  @CreateRequestContext()
  get(@Payload() command: InstitutionUserCommand): Promise<InstitutionUserReply> {
    return this.users.get(this.em, command.institutionId, command.userId);
  }

  @MessagePattern(IdentitySubjects.updateInstitutionUser)
  @CreateRequestContext()
  update(@Payload() command: UpdateInstitutionUserCommand): Promise<InstitutionUserReply> {
    return this.em.transactional((tx) => this.users.updateEmail(tx, command));
  }

  @MessagePattern(IdentitySubjects.clearSyncExclusion)
  @CreateRequestContext()
  clearSyncExclusion(@Payload() command: InstitutionUserCommand): Promise<InstitutionUserReply> {
    return this.em.transactional((tx) =>
      this.users.clearSyncExclusion(tx, command.institutionId, command.userId),
    );
  }

  @MessagePattern(IdentitySubjects.findMembersByName)
  @CreateRequestContext()
  findByNames(@Payload() command: FindMembersByNameCommand): Promise<MembersByNameReply> {
    return this.membersByName.find(this.em, command);
  }

  @MessagePattern(IdentitySubjects.deletePendingUser)
  @CreateRequestContext()
  async deletePending(@Payload() command: DeletePendingUserCommand): Promise<Record<string, never>> {
    await this.em.transactional((tx) => this.users.deletePending(tx, command));
    return {};
  }
}
