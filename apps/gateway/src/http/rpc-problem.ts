import { HttpStatus } from '@nestjs/common';
import { isProblemCode, PROBLEMS, problemType } from '@careers/contracts';
import type { RpcErrorBody, RpcErrorKind } from '@careers/rpc';
import type { Problem } from './problem';

/** The status of each kind of error; the registry gives each code the same one (domain errors take only those). */
const STATUS_BY_KIND: Record<RpcErrorKind, { status: number; title: string }> = {
  invalid: { status: HttpStatus.BAD_REQUEST, title: 'Invalid request' },
  unauthenticated: { status: HttpStatus.UNAUTHORIZED, title: 'Unauthorized' },
  forbidden: { status: HttpStatus.FORBIDDEN, title: 'Forbidden' },
  'not-found': { status: HttpStatus.NOT_FOUND, title: 'Not found' },
  conflict: { status: HttpStatus.CONFLICT, title: 'Conflict' },
  unprocessable: { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'Unprocessable request' },
  gone: { status: HttpStatus.GONE, title: 'Gone' },
  timeout: { status: HttpStatus.GATEWAY_TIMEOUT, title: 'Service timeout' },
  'upstream-failed': { status: HttpStatus.BAD_GATEWAY, title: 'Bad gateway' },
  unavailable: { status: HttpStatus.SERVICE_UNAVAILABLE, title: 'Service unavailable' },
  internal: { status: HttpStatus.INTERNAL_SERVER_ERROR, title: 'Internal server error' },
};

/**
 * A service's RPC error as the HTTP problem a client sees: the status of its kind, the registry's title for its code.
 * A code this gateway does not know (a service deployed ahead of it) keeps its kind's title.
 */
export function rpcProblem(body: RpcErrorBody): Problem {
  const byKind = STATUS_BY_KIND[body.kind] ?? STATUS_BY_KIND.internal;
  return {
    type: problemType(body.code),
    title: isProblemCode(body.code) ? PROBLEMS[body.code].title : byKind.title,
    status: byKind.status,
    detail: body.message,
    ...(body.errors?.length ? { errors: body.errors } : {}),
    ...(body.errorId ? { errorId: body.errorId } : {}),
  };
}
