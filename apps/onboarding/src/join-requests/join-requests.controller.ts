import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ApproveImportedMembersCommand,
  ApproveImportedMembersReply,
  CreateJoinRequestCommand,
  JoinRequestCommand,
  JoinRequestDecisionCommand,
  JoinRequestDetailReply,
  JoinRequestListReply,
  JoinRequestPageReply,
  JoinRequestReply,
  ListJoinRequestsCommand,
  MyJoinRequestsCommand,
  OnboardingSubjects,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { JoinRequestDecisions } from './join-request-decisions';
import { JoinRequestsService } from './join-requests.service';

@RpcController()
export class JoinRequestsController {
  constructor(
    private readonly em: EntityManager,
    private readonly requests: JoinRequestsService,
    private readonly decisions: JoinRequestDecisions,
  ) {}

  @MessagePattern(OnboardingSubjects.createJoinRequest)
  @CreateRequestContext()
  create(@Payload() command: CreateJoinRequestCommand): Promise<JoinRequestReply> {
    return this.requests.create(this.em, command);
  }

  @MessagePattern(OnboardingSubjects.listMyJoinRequests)
  @CreateRequestContext()
  async listMine(@Payload() command: MyJoinRequestsCommand): Promise<JoinRequestListReply> {
    return this.requests.listMine(this.em, command);
  }

  @MessagePattern(OnboardingSubjects.listJoinRequests)
  @CreateRequestContext()
  list(@Payload() query: ListJoinRequestsCommand): Promise<JoinRequestPageReply> {
    return this.requests.list(this.em, query);
  }

  @MessagePattern(OnboardingSubjects.getJoinRequest)
  @CreateRequestContext()
  get(@Payload() command: JoinRequestCommand): Promise<JoinRequestDetailReply> {
    return this.requests.get(this.em, command.institutionId, command.requestId);
  }

  @MessagePattern(OnboardingSubjects.approveJoinRequest)
  @CreateRequestContext()
  approve(@Payload() command: JoinRequestDecisionCommand): Promise<JoinRequestReply> {
    return this.decisions.approve(this.em, command);
  }

  @MessagePattern(OnboardingSubjects.declineJoinRequest)
  @CreateRequestContext()
  decline(@Payload() command: JoinRequestDecisionCommand): Promise<JoinRequestReply> {
    return this.decisions.decline(this.em, command);
  }

  @MessagePattern(OnboardingSubjects.approveImportedMembers)
  @CreateRequestContext()
  approveImported(@Payload() command: ApproveImportedMembersCommand): Promise<ApproveImportedMembersReply> {
    return this.decisions.approveImported(this.em, command);
  }

  @MessagePattern(OnboardingSubjects.deleteRequesterAccount)
  @CreateRequestContext()
  deleteAccount(@Payload() command: JoinRequestDecisionCommand): Promise<JoinRequestReply> {
    return this.decisions.deleteAccount(this.em, command);
  }
}
