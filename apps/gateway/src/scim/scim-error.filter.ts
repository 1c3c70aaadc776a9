import { ArgumentsHost, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { RpcError } from '@careers/rpc';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { SCIM_CONTENT_TYPE, ScimError } from './scim-error';

/** Identity's refusals of a provisioning request, as SCIM tells them. */
const SCIM_OF_RPC: Record<string, (detail: string) => ScimError> = {
  scim_uniqueness: (detail) => new ScimError(409, detail, 'uniqueness'),
  scim_mutability: (detail) => new ScimError(400, detail, 'mutability'),
  scim_token_invalid: (detail) => new ScimError(401, detail),
  scim_person_not_found: (detail) => new ScimError(404, detail),
  validation_failed: (detail) => ScimError.invalidValue(detail),
};

/** The SCIM API's requests, routed or not: their refusals are SCIM's. */
export function isScimRequest(request: FastifyRequest): boolean {
  return (
    request.url === '/scim/v2' || request.url.startsWith('/scim/v2/') || request.url.startsWith('/scim/v2?')
  );
}

/**
 * Every refusal on the SCIM routes leaves as SCIM's error body, the status a string as RFC 7644 has it: identity's
 * refusals, the gateway's own (a body too large, malformed JSON), and an unexpected error, which is a 500 with an id
 * in the log. The gateway's one filter hands it the errors of SCIM requests.
 */
export class ScimErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(ScimErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const error = this.toScimError(exception, request);
    void http
      .getResponse<FastifyReply>()
      .status(error.status)
      .header('content-type', SCIM_CONTENT_TYPE)
      .send(error.body);
  }

  private toScimError(exception: unknown, request: FastifyRequest): ScimError {
    if (exception instanceof ScimError) return exception;
    if (exception instanceof RpcError) {
      const known = SCIM_OF_RPC[exception.body.code];
      if (known) return known(exception.body.message);
      const status =
        exception.body.kind === 'timeout' ? 504 : exception.body.kind === 'unavailable' ? 503 : 500;
      if (status < 500) return new ScimError(status, exception.body.message);
      return this.unexpected(exception.body, request, status);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const detail = exception.message;
      return status === 400 ? new ScimError(400, detail, 'invalidSyntax') : new ScimError(status, detail);
    }
    const clientError = exception as { statusCode?: unknown; message?: unknown };
    if (
      typeof clientError?.statusCode === 'number' &&
      clientError.statusCode >= 400 &&
      clientError.statusCode < 500
    )
      return new ScimError(clientError.statusCode, String(clientError.message), 'invalidSyntax');
    return this.unexpected(exception, request, 500);
  }

  private unexpected(err: unknown, request: FastifyRequest, status: number): ScimError {
    const errorId = randomUUID();
    this.logger.error({ err, errorId, requestId: request.id }, 'SCIM request failed');
    return new ScimError(
      status,
      `The request could not be completed. Quote error id ${errorId} when reporting it.`,
    );
  }
}
