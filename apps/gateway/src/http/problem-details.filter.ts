import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { errorCodes, type FastifyReply, type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { RpcError } from '@careers/messaging';
import { InvalidRequestException } from './invalid-request.exception';
import { Problem, PROBLEM_CONTENT_TYPE, problemType } from './problem';
import { rpcProblem } from './rpc-problem';

/** Fastify's refusal of a body over the limit, as Nest hands it on: its message, without Fastify's code. */
const BODY_TOO_LARGE = new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE().message;

/** Every error leaves the gateway as RFC 9457 problem details; an unexpected one is a 500 with an id in the log. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
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
      return this.fromHttp(exception.getStatus(), 'validation_failed', exception.message, exception.errors);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === HttpStatus.PAYLOAD_TOO_LARGE && messageOf(exception) === BODY_TOO_LARGE) {
        const limit = request.routeOptions.bodyLimit;
        return this.fromHttp(
          status,
          codeOf(status),
          `The body is larger than ${limit} bytes, the most this API accepts.`,
        );
      }
      return this.fromHttp(status, codeOf(status), messageOf(exception));
    }
    const clientError = frameworkClientError(exception);
    if (clientError)
      return this.fromHttp(clientError.status, codeOf(clientError.status), clientError.message);
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId, requestId: request.id }, 'Unhandled error');
    return {
      type: problemType('internal_error'),
      title: 'Internal server error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: `An unexpected error occurred. Quote error id ${errorId} when reporting it.`,
      errorId,
    };
  }

  private fromHttp(status: number, code: string, detail: string, errors?: Problem['errors']): Problem {
    return {
      type: problemType(code),
      title: titleOf(status),
      status,
      detail,
      ...(errors?.length ? { errors } : {}),
    };
  }
}

/** Fastify's own 4xx errors (a body that is not JSON, a media type it does not take, a body too large). */
function frameworkClientError(exception: unknown): { status: number; message: string } | undefined {
  const candidate = exception as { statusCode?: unknown; message?: unknown } | undefined;
  const status = candidate?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, message: String(candidate?.message ?? titleOf(status)) };
  }
  return undefined;
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}

function titleOf(status: number): string {
  return (HttpStatus[status] ?? 'Error')
    .toLowerCase()
    .split('_')
    .map((word, index) => (index === 0 ? word[0].toUpperCase() + word.slice(1) : word))
    .join(' ');
}

function codeOf(status: number): string {
  return (HttpStatus[status] ?? 'error').toLowerCase();
}
