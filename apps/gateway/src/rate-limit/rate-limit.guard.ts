import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { RATE_LIMITED, RateLimitPolicy } from './rate-limit-policy';
import { RateLimiter, RateLimitScope } from './rate-limiter';
import { tooManyAttempts } from './too-many-attempts';

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.get<RateLimitPolicy>(RATE_LIMITED, context.getHandler());
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const checks: Array<[RateLimitScope, string]> = [['ip', `${policy.name}:${request.ip}`]];
    const account = policy.account(request);
    if (account) checks.push(['account', `${policy.name}:${account}`]);
    for (const [scope, key] of checks) {
      const retryAfterSeconds = await this.limiter.hit(scope, key);
      if (retryAfterSeconds > 0) throw tooManyAttempts(http.getResponse<FastifyReply>(), retryAfterSeconds);
    }
    return true;
  }
}
