import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { hasPermission, Permission } from '@careers/contracts';
import type { Caller } from './caller';

/**
 * Someone with no membership in the institution gets a 404, as if it did not exist; a member without the permission
 * a 403. A platform administrator may do everything.
 */
export function assertInstitutionPermission(
  caller: Caller | undefined,
  institutionId: string,
  permission: Permission,
): void {
  if (caller?.userType === 'platform_admin') return;
  const roles = caller?.memberships[institutionId];
  if (!roles) throw new NotFoundException(`No institution ${institutionId}.`);
  if (!hasPermission(roles, permission)) {
    throw new ForbiddenException(
      `Your roles in this institution do not include the ${permission} permission.`,
    );
  }
}
