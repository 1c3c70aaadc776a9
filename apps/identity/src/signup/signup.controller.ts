import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AcceptedReply,
  CreateInvitedEmployerCommand,
  IdentitySubjects,
  SignupRequest,
  TokenRequest,
  UserReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { SignupService } from './signup.service';

export const SIGNUP_ACCEPTED: AcceptedReply = {
  message:
    'If this email can be used, a message is on its way to it. Follow the link in it to verify the address.',
};

@RpcController()
export class SignupController {
  constructor(
    private readonly em: EntityManager,
    private readonly signups: SignupService,
  ) {}

  @MessagePattern(IdentitySubjects.signup)
  @CreateRequestContext()
  async signup(@Payload() request: SignupRequest): Promise<AcceptedReply> {
    await this.em.transactional((tx) => this.signups.takeIn(tx, request));
    return SIGNUP_ACCEPTED;
  }

  @MessagePattern(IdentitySubjects.createInvitedEmployer)
  @CreateRequestContext()
  createInvitedEmployer(@Payload() command: CreateInvitedEmployerCommand): Promise<UserReply> {
    return this.signups.createInvitedEmployer(this.em, command);
  }

  @MessagePattern(IdentitySubjects.verifyEmail)
  @CreateRequestContext()
  verifyEmail(@Payload() request: TokenRequest): Promise<UserReply> {
    return this.signups.verifyEmail(this.em, request.token);
  }
}
