import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from './authenticated-request';

/** Only a platform administrator may go on. */
@Injectable()
export class PlatformAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { caller } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (caller?.userType !== 'platform_admin') {
      throw new ForbiddenException('Only a platform administrator may do this.');
    }
    return true;
  }
}
