import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AccessTokenReply,
  CurrentAccessReply,
  CurrentAccessRequest,
  IdentitySubjects,
  LoginRequest,
  SigningKeysReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { emailKey } from '../users/email-key';
import { User } from '../users/user.entity';
import { AccessTokens, activeRoles } from './access-tokens';
import { EmailNotVerified } from './email-not-verified.exception';
import { InvalidCredentials } from './auth-errors';
import { PasswordHasher } from './password-hasher';

@RpcController()
export class AuthController {
  constructor(
    private readonly em: EntityManager,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccessTokens,
  ) {}

  @MessagePattern(IdentitySubjects.login)
  @CreateRequestContext()
  async login(@Payload() request: LoginRequest): Promise<AccessTokenReply> {
    const user = await this.em.findOne(
      User,
      { emailKey: emailKey(request.email) },
      { populate: ['passwordHash', 'memberships'] },
    );
    // The hash is checked even when there is no such user, so both failures take the same time.
    const passwordMatches = await this.hasher.verify(user?.passwordHash, request.password);
    if (!user || !passwordMatches || user.status === 'disabled') throw new InvalidCredentials();
    // Only someone who knows the password learns that the address still needs verifying.
    if (user.status === 'pending_verification') throw new EmailNotVerified();
    return this.tokens.issue(user);
  }

  /** What the caller of a request may do now: the gateway asks, so that a role taken away stops working at once. */
  @MessagePattern(IdentitySubjects.currentAccess)
  @CreateRequestContext()
  async currentAccess(@Payload() request: CurrentAccessRequest): Promise<CurrentAccessReply> {
    const user = await this.em.findOne(User, { id: request.userId }, { populate: ['memberships'] });
    const signedOut =
      user?.sessionsValidFrom && request.issuedAt <= Math.floor(user.sessionsValidFrom.getTime() / 1000);
    if (!user || user.status !== 'active' || signedOut)
      return { active: false, userType: null, memberships: {} };
    return { active: true, userType: user.userType, memberships: activeRoles(user) };
  }

  @MessagePattern(IdentitySubjects.signingKeys)
  signingKeys(): SigningKeysReply {
    return this.tokens.signingKeys();
  }
}
