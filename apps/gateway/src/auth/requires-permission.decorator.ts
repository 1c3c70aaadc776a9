import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse } from '@nestjs/swagger';
import type { Permission } from '@careers/contracts';
import { InstitutionAccessGuard, REQUIRED_PERMISSION } from './institution-access.guard';

/** The route acts in the institution of its `:institutionId` and needs this permission there. */
export function RequiresPermission(permission: Permission): MethodDecorator {
  return applyDecorators(
    SetMetadata(REQUIRED_PERMISSION, permission),
    UseGuards(InstitutionAccessGuard),
    ApiForbiddenResponse({ description: `The caller's roles here lack ${permission}.` }),
    ApiNotFoundResponse({
      description: 'No such institution (or the caller is not part of it), or nothing with that id in it.',
    }),
  );
}
