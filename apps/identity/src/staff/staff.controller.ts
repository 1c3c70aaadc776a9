import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AddStaffCommand,
  ChangeStaffRoleCommand,
  IdentitySubjects,
  InstitutionActorCommand,
  InstitutionUserCommand,
  ListStaffCommand,
  StaffListReply,
  StaffMemberReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { StaffService, toStaffMemberReply } from './staff.service';

@RpcController()
export class StaffController {
  constructor(
    private readonly em: EntityManager,
    private readonly staff: StaffService,
  ) {}

  @MessagePattern(IdentitySubjects.addStaff)
  @CreateRequestContext()
  async add(@Payload() command: AddStaffCommand): Promise<StaffMemberReply> {
    const membership = await this.em.transactional((tx) => this.staff.add(tx, command));
    return toStaffMemberReply(membership);
  }

  @MessagePattern(IdentitySubjects.listStaff)
  @CreateRequestContext()
  list(@Payload() query: ListStaffCommand): Promise<StaffListReply> {
    return this.staff.list(this.em, query);
  }

  @MessagePattern(IdentitySubjects.changeStaffRole)
  @CreateRequestContext()
  async changeRole(@Payload() command: ChangeStaffRoleCommand): Promise<StaffMemberReply> {
    const membership = await this.em.transactional((tx) => this.staff.changeRole(tx, command));
    return toStaffMemberReply(membership);
  }

  @MessagePattern(IdentitySubjects.removeStaff)
  @CreateRequestContext()
  async remove(@Payload() command: InstitutionActorCommand): Promise<Record<string, never>> {
    await this.em.transactional((tx) => this.staff.remove(tx, command));
    return {};
  }

  @MessagePattern(IdentitySubjects.acceptStaffInvitation)
  @CreateRequestContext()
  async acceptInvitation(@Payload() command: InstitutionUserCommand): Promise<StaffMemberReply> {
    const membership = await this.em.transactional((tx) =>
      this.staff.acceptInvitation(tx, command.institutionId, command.userId),
    );
    return toStaffMemberReply(membership);
  }

  @MessagePattern(IdentitySubjects.declineStaffInvitation)
  @CreateRequestContext()
  async declineInvitation(@Payload() command: InstitutionUserCommand): Promise<Record<string, never>> {
    await this.em.transactional((tx) =>
      this.staff.declineInvitation(tx, command.institutionId, command.userId),
    );
    return {};
  }
}
