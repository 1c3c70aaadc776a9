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
import { PasswordHasher } from '../auth/password-hasher';
import { redeemToken, tokenHolder } from '../credentials/one-time-tokens';
import { User } from '../users/user.entity';
import { getUser, lockUser } from '../users/user-lookup';
import { CurrentPasswordWrong } from './email-change-errors';
import { EmailChanges } from './email-change.service';

@RpcController()
export class EmailChangeController {
  constructor(
    private readonly em: EntityManager,
    private readonly hasher: PasswordHasher,
    private readonly changes: EmailChanges,
  ) {}

  @MessagePattern(IdentitySubjects.requestEmailChange)
  @CreateRequestContext()
  async request(@Payload() command: EmailChangeCommand): Promise<EmailChangeStartedReply> {
    const user = await this.em.findOneOrFail(User, { id: command.userId }, { populate: ['passwordHash'] });
    if (!(await this.hasher.verify(user.passwordHash, command.currentPassword)))
      throw new CurrentPasswordWrong();
    const change = await this.em.transactional((tx) =>
      this.changes.startWithCode(tx, user, command.newEmail),
    );
    return { newEmail: change.newEmail, expiresAt: change.expiresAt.toISOString() };
  }

  @MessagePattern(IdentitySubjects.confirmEmailChange)
  @CreateRequestContext()
  async confirm(@Payload() command: EmailChangeConfirmCommand): Promise<UserReply> {
    await this.changes.confirmCode(this.em, command.userId, command.code);
    return (await getUser(this.em.fork(), command.userId)).toReply();
  }

  @MessagePattern(IdentitySubjects.confirmEmailChangeLink)
  @CreateRequestContext()
  async confirmLink(@Payload() request: TokenRequest): Promise<UserReply> {
    const userId = await this.em.transactional(async (tx) => {
      // The user first, the order every start and confirmation of a change locks in.
      const holder = await tokenHolder(tx, 'confirm_email_change', request.token);
      if (holder) await lockUser(tx, holder.userId);
      const token = await redeemToken(tx, ['confirm_email_change'], request.token);
      await this.changes.confirmLink(tx, token.user);
      return token.user.id;
    });
    return (await getUser(this.em.fork(), userId)).toReply();
  }

  @MessagePattern(IdentitySubjects.cancelEmailChange)
  @CreateRequestContext()
  cancel(@Payload() request: TokenRequest): Promise<EmailChangeCancelledReply> {
    return this.em.transactional((tx) => this.changes.cancel(tx, request.token));
  }
}
