import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AccessTokenReply, IdentitySubjects, LoginRequest, SigningKeysReply } from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { emailKey } from '../users/email-key';
import { User } from '../users/user.entity';
import { AccessTokens } from './access-tokens';
import { EmailNotVerified } from './email-not-verified.exception';
import { InvalidCredentials } from './invalid-credentials.exception';
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

  @MessagePattern(IdentitySubjects.signingKeys)
  signingKeys(): SigningKeysReply {
    return this.tokens.signingKeys();
  }
}
