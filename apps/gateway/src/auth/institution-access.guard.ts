import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Permission } from '@careers/contracts';
import { isUUID } from 'class-validator';
import type { AuthenticatedRequest } from './authenticated-request';
import { assertInstitutionPermission } from './institution-permission';
import { InvalidRequestException } from '../http/request-errors';

export const REQUIRED_PERMISSION = Symbol('REQUIRED_PERMISSION');

/**
 * Authorizes a route under `/institutions/:institutionId` from the roles in the caller's token, without asking any
 * service.
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
    assertInstitutionPermission(request.caller, institutionId, permission);
    return true;
  }
}
