import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  EmailChangeCancelledReply,
  EmailChangeCommand,
  EmailChangeConfirmCommand,
  EmailChangeStartedReply,
  IdentitySubjects,
  TokenRequest,
  UserReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { EmailChangeService } from './email-change.service';

@RpcController()
export class EmailChangeController {
  constructor(
    private readonly em: EntityManager,
    private readonly changes: EmailChangeService,
  ) {}

  @MessagePattern(IdentitySubjects.requestEmailChange)
  @CreateRequestContext()
  request(@Payload() command: EmailChangeCommand): Promise<EmailChangeStartedReply> {
    return this.changes.request(this.em, command);
  }

  @MessagePattern(IdentitySubjects.confirmEmailChange)
  @CreateRequestContext()
  confirm(@Payload() command: EmailChangeConfirmCommand): Promise<UserReply> {
    return this.changes.confirmByCode(this.em, command);
  }

  @MessagePattern(IdentitySubjects.confirmEmailChangeLink)
  @CreateRequestContext()
  confirmLink(@Payload() request: TokenRequest): Promise<UserReply> {
    return this.changes.confirmByLink(this.em, request.token);
  }

  @MessagePattern(IdentitySubjects.cancelEmailChange)
  @CreateRequestContext()
  cancel(@Payload() request: TokenRequest): Promise<EmailChangeCancelledReply> {
    return this.em.transactional((tx) => this.changes.cancel(tx, request.token));
  }
}
