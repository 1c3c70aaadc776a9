import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasPermission, Permission } from '@careers/contracts';
import { isUUID } from 'class-validator';
import type { AuthenticatedRequest } from './authenticated-request';
import { InvalidRequestException } from '../http/invalid-request.exception';

export const REQUIRED_PERMISSION = Symbol('REQUIRED_PERMISSION');

/**
 * Authorizes a route under `/institutions/:institutionId` from the roles in the caller's token, without asking any
 * service. Someone with no membership in the institution gets a 404, as if it did not exist; a member without the
 * permission a 403. A platform administrator may do everything.
 */
@Injectable()
export class InstitutionAccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const permission = this.reflector.get<Permission>(REQUIRED_PERMISSION, context.getHandler());
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const { institutionId } = request.params as { institutionId?: string };
    if (!institutionId || !isUUID(institutionId)) {
      throw new InvalidRequestException([
        { field: 'institutionId', message: 'institutionId must be a UUID' },
      ]);
    }
    const caller = request.caller;
    if (caller?.userType === 'platform_admin') return true;
    const roles = caller?.memberships[institutionId];
    if (!roles) throw new NotFoundException(`No institution ${institutionId}.`);
    if (!hasPermission(roles, permission)) {
      throw new ForbiddenException(
        `Your roles in this institution do not include the ${permission} permission.`,
      );
    }
    return true;
  }
}
