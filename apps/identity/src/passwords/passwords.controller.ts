import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AcceptedReply,
  IdentitySubjects,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  UserReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { PasswordsService } from './passwords.service';

export const RESET_ACCEPTED: AcceptedReply = {
  message:
    'If this email has an account, a message with a link to choose a new password is on its way to it.',
};

@RpcController()
export class PasswordsController {
  constructor(
    private readonly em: EntityManager,
    private readonly resets: PasswordsService,
  ) {}

  @MessagePattern(IdentitySubjects.requestPasswordReset)
  @CreateRequestContext()
  async request(@Payload() request: PasswordResetRequest): Promise<AcceptedReply> {
    await this.em.transactional(async (tx) => this.resets.takeIn(tx, request.email));
    return RESET_ACCEPTED;
  }

  @MessagePattern(IdentitySubjects.confirmPasswordReset)
  @CreateRequestContext()
  confirm(@Payload() request: PasswordResetConfirmRequest): Promise<UserReply> {
    return this.resets.confirm(this.em, request);
  }
}
