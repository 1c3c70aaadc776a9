import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  AccessTokenReply,
  CurrentAccessReply,
  CurrentAccessRequest,
  LoginRequest,
  SigningKeysReply,
} from '@careers/contracts';
import { emailKey } from '../users/email-key';
import { User } from '../users/user.entity';
import { AccessTokens, activeRoles } from './access-tokens';
import { EmailNotVerified, InvalidCredentials } from './auth-errors';
import { PasswordHasher } from './password-hasher';

@Injectable()
export class AuthService {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccessTokens,
  ) {}

  async login(em: EntityManager, request: LoginRequest): Promise<AccessTokenReply> {
    const user = await em.findOne(
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
  async currentAccess(em: EntityManager, request: CurrentAccessRequest): Promise<CurrentAccessReply> {
    const user = await em.findOne(User, { id: request.userId }, { populate: ['memberships'] });
    const signedOut =
      user?.sessionsValidFrom && request.issuedAt <= Math.floor(user.sessionsValidFrom.getTime() / 1000);
    if (!user || user.status !== 'active' || signedOut)
      return { active: false, userType: null, memberships: {} };
    return { active: true, userType: user.userType, memberships: activeRoles(user) };
  }

  signingKeys(): SigningKeysReply {
    return this.tokens.signingKeys();
  }
}
