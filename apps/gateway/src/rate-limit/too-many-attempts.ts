import { HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

/** The 429 a limited caller gets, with Retry-After on the reply. */
export function tooManyAttempts(reply: FastifyReply, retryAfterSeconds: number): HttpException {
  void reply.header('retry-after', String(retryAfterSeconds));
  return new HttpException(
    `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
    HttpStatus.TOO_MANY_REQUESTS,
  );
}
