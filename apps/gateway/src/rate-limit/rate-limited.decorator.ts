import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { RATE_LIMITED, RateLimitPolicy } from './rate-limit-policy';
import { RateLimitGuard } from './rate-limit.guard';

/** Limits the route per client IP and per account; past a limit the answer is a 429 problem with Retry-After. */
export function RateLimited(policy: RateLimitPolicy): MethodDecorator {
  return applyDecorators(
    SetMetadata(RATE_LIMITED, policy),
    UseGuards(RateLimitGuard),
    ApiTooManyRequestsResponse({ description: 'Too many attempts from this address or for this account.' }),
  );
}
