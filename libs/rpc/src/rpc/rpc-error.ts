import { RpcException } from '@nestjs/microservices';
import type { ProblemCode } from '@careers/contracts';

/** What went wrong, in terms the gateway maps to an HTTP status. */
export type RpcErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'unprocessable'
  | 'gone'
  | 'timeout'
  | 'upstream-failed'
  | 'unavailable'
  | 'internal';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * The error as it crosses NATS: a kind, a stable code from the problem registry, a message for people and, for bad
 * input, the fields.
 */
export interface RpcErrorBody {
  kind: RpcErrorKind;
  code: ProblemCode;
  message: string;
  errors?: FieldError[];
  errorId?: string;
}

export class RpcError extends RpcException {
  constructor(readonly body: RpcErrorBody) {
    super(body);
  }

  static isBody(value: unknown): value is RpcErrorBody {
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as RpcErrorBody).kind === 'string' &&
      typeof (value as RpcErrorBody).code === 'string'
    );
  }
}
