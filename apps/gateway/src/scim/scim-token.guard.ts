import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { IdentitySubjects } from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import { ScimError } from './scim-error';
import type { ScimRequest } from './scim-request';

/** A SCIM token is a prefix and 43 characters: anything much longer is no token, and not sent on. */
const TOKEN_MAX = 200;

/**
 * SCIM routes take a school's SCIM token, not a person's access token: identity resolves it on every request, so a
 * revoked token stops working at once.
 */
@Injectable()
export class ScimTokenGuard implements CanActivate {
  constructor(private readonly services: ServiceClient) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ScimRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token || token.length > TOKEN_MAX) {
      throw new ScimError(401, 'A SCIM token is required: send Authorization: Bearer <token>.');
    }
    request.scim = await this.services.request(IdentitySubjects.resolveScimToken, { token });
    return true;
  }
}
