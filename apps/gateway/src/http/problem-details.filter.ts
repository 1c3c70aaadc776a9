import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { errorCodes, type FastifyReply, type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { PROBLEMS, type ProblemCode, type ProblemCodeWithStatus } from '@careers/contracts';
import { RpcError } from '@careers/rpc';
import { isScimRequest, ScimErrorFilter } from '../scim/scim-error.filter';
import { InvalidRequestException } from './request-errors';
import { Problem, PROBLEM_CONTENT_TYPE, problemOf } from './problem';
import { rpcProblem } from './rpc-problem';

/** Fastify's refusal of a body over the limit, as Nest hands it on: its message, without Fastify's code. */
const BODY_TOO_LARGE = new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE().message;

/**
 * The code of the gateway's own refusals (its guards and pipes, Nest's and Fastify's 4xx, the multipart parser's) by
 * the status they come with; the compiler holds each code to the status the registry gives it.
 */
const HTTP_PROBLEMS: Partial<Record<number, ProblemCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
} satisfies { [Status in 400 | 401 | 403 | 404 | 406 | 413 | 415 | 429]: ProblemCodeWithStatus<Status> };

/**
 * Every error leaves the gateway as RFC 9457 problem details, but on the SCIM routes, which answer as SCIM does; an
 * unexpected one is a 500 with an id in the log.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);
  private readonly scim = new ScimErrorFilter();

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    if (isScimRequest(request)) return this.scim.catch(exception, host);
    const reply = http.getResponse<FastifyReply>();
    const problem = { ...this.toProblem(exception, request), instance: request.url };
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown, request: FastifyRequest): Problem {
    if (exception instanceof RpcError) {
      const problem = rpcProblem(exception.body);
      if (problem.status >= 500)
        this.logger.error({ err: exception.body, requestId: request.id }, problem.detail);
      return problem;
    }
    if (exception instanceof InvalidRequestException) {
      return problemOf('validation_failed', exception.message, { errors: exception.errors });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === HttpStatus.PAYLOAD_TOO_LARGE && messageOf(exception) === BODY_TOO_LARGE) {
        const limit = request.routeOptions.bodyLimit;
        return problemOf(
          'payload_too_large',
          `The body is larger than ${limit} bytes, the most this API accepts.`,
        );
      }
      return this.fromHttp(status, messageOf(exception));
    }
    const clientError = frameworkClientError(exception);
    if (clientError) return this.fromHttp(clientError.status, clientError.message);
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId, requestId: request.id }, 'Unhandled error');
    return problemOf(
      'internal_error',
      `An unexpected error occurred. Quote error id ${errorId} when reporting it.`,
      { errorId },
    );
  }

  /** A refusal with an HTTP status of its own; a status no code is registered for is a bad request, and logged. */
  private fromHttp(status: number, detail?: string): Problem {
    let code = HTTP_PROBLEMS[status];
    if (!code) {
      this.logger.warn({ status, detail }, 'A refusal with a status no problem code is registered for');
      code = 'bad_request';
    }
    return problemOf(code, detail ?? PROBLEMS[code].title);
  }
}

/** Fastify's own 4xx errors (a body that is not JSON, a media type it does not take, a body too large). */
function frameworkClientError(exception: unknown): { status: number; message?: string } | undefined {
  const candidate = exception as { statusCode?: unknown; message?: unknown } | undefined;
  const status = candidate?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, message: candidate?.message === undefined ? undefined : String(candidate.message) };
  }
  return undefined;
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}
