import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AcceptInvitationCommand,
  InvitationAcceptedReply,
  InvitationCommand,
  InvitationReply,
  InvitationTokenCommand,
  OnboardingSubjects,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { InvitationsService } from './invitations.service';

@RpcController()
export class InvitationsController {
  constructor(
    private readonly em: EntityManager,
    private readonly invitations: InvitationsService,
  ) {}

  @MessagePattern(OnboardingSubjects.getInvitation)
  @CreateRequestContext()
  get(@Payload() command: InvitationTokenCommand): Promise<InvitationReply> {
    return this.invitations.get(this.em, command.token);
  }

  @MessagePattern(OnboardingSubjects.acceptInvitation)
  @CreateRequestContext()
  accept(@Payload() command: AcceptInvitationCommand): Promise<InvitationAcceptedReply> {
    return this.invitations.accept(this.em, command);
  }

  @MessagePattern(OnboardingSubjects.resendInvitation)
  @CreateRequestContext()
  async resend(@Payload() command: InvitationCommand): Promise<Record<string, never>> {
    await this.invitations.resend(this.em, command.institutionId, command.invitationId);
    return {};
  }

  @MessagePattern(OnboardingSubjects.revokeInvitation)
  @CreateRequestContext()
  async revoke(@Payload() command: InvitationCommand): Promise<Record<string, never>> {
    await this.invitations.revoke(this.em, command.institutionId, command.invitationId);
    return {};
  }
}
