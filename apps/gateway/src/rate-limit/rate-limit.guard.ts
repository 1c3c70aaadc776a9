import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { GatewayConfig } from '../gateway.config';
import { RATE_LIMITED, RateLimitPolicy } from './rate-limit-policy';
import { RateLimiter } from './rate-limiter';
import { tooManyAttempts } from './too-many-attempts';

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    private readonly config: GatewayConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.get<RateLimitPolicy>(RATE_LIMITED, context.getHandler());
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const windowMs = this.config.RATE_LIMIT_WINDOW_SECONDS * 1000;
    const checks: Array<[string, number]> = [
      [`${policy.name}:ip:${request.ip}`, this.config.RATE_LIMIT_PER_IP],
    ];
    const account = policy.account(request);
    if (account) checks.push([`${policy.name}:account:${account}`, this.config.RATE_LIMIT_PER_ACCOUNT]);
    for (const [key, limit] of checks) {
      const outcome = this.limiter.hit(key, limit, windowMs);
      if (!outcome.allowed)
        throw tooManyAttempts(http.getResponse<FastifyReply>(), outcome.retryAfterSeconds);
    }
    return true;
  }
}
