import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessTokenVerifier } from './access-token-verifier';
import { CurrentAccess } from './current-access';
import type { AuthenticatedRequest } from './authenticated-request';
import { OPTIONAL_CALLER } from './optional-caller.decorator';
import { IS_PUBLIC } from '@careers/runtime';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * Every route needs a valid bearer token unless it is marked @Public(). The caller's roles are the ones held now (see
 * CurrentAccess), asked afresh for every write.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: AccessTokenVerifier,
    private readonly access: CurrentAccess,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (isPublic) {
      const optional = this.reflector.get<boolean>(OPTIONAL_CALLER, context.getHandler());
      if (optional && request.headers.authorization) await this.authenticate(request);
      return true;
    }
    await this.authenticate(request);
    return true;
  }

  private async authenticate(request: AuthenticatedRequest): Promise<void> {
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthorizedException('An access token is required: send Authorization: Bearer <token>.');
    }
    const caller = await this.verifier.verify(token);
    request.caller = await this.access.of(caller, { fresh: !SAFE_METHODS.includes(request.method) });
  }
}
