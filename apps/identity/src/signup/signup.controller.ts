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
import { redeemToken, tokenHolder } from '../credentials/one-time-tokens';
import { lockLookalikes } from '../users/lookalike-emails';
import { getUser } from '../users/user-lookup';
import { Signup } from './signup.service';

export const SIGNUP_ACCEPTED: AcceptedReply = {
  message:
    'If this email can be used, a message is on its way to it. Follow the link in it to verify the address.',
};

@RpcController()
export class SignupController {
  constructor(
    private readonly em: EntityManager,
    private readonly signups: Signup,
  ) {}

  @MessagePattern(IdentitySubjects.signup)
  @CreateRequestContext()
  async signup(@Payload() request: SignupRequest): Promise<AcceptedReply> {
    await this.em.transactional((tx) => this.signups.takeIn(tx, request));
    return SIGNUP_ACCEPTED;
  }

  @MessagePattern(IdentitySubjects.createInvitedEmployer)
  @CreateRequestContext()
  async createInvitedEmployer(@Payload() command: CreateInvitedEmployerCommand): Promise<UserReply> {
    const user = await this.em.transactional((tx) => this.signups.createInvitedEmployer(tx, command));
    return (await getUser(this.em, user.id)).toReply();
  }

  @MessagePattern(IdentitySubjects.verifyEmail)
  @CreateRequestContext()
  async verifyEmail(@Payload() request: TokenRequest): Promise<UserReply> {
    const userId = await this.em.transactional(async (tx) => {
      // A sign-up of this email being carried out now may replace the account's password and link: one waits.
      const holder = await tokenHolder(tx, 'verify_email', request.token);
      if (holder) await lockLookalikes(tx, holder.email);
      const token = await redeemToken(tx, ['verify_email'], request.token);
      await this.signups.verifyEmail(tx, token.user);
      return token.user.id;
    });
    return (await getUser(this.em.fork(), userId)).toReply();
  }
}
