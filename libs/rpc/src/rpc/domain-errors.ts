import type { ProblemCodeWithStatus } from '@careers/contracts';
import { FieldError, RpcError } from './rpc-error';

/**
 * Domain errors name what went wrong with a code from the problem registry (`PROBLEMS` in contracts); services subclass
 * these for their own rules. Each kind takes only the codes registered with its HTTP status.
 */
export class NotFoundError extends RpcError {
  constructor(code: ProblemCodeWithStatus<404>, message: string) {
    super({ kind: 'not-found', code, message });
  }
}

export class ConflictError extends RpcError {
  constructor(code: ProblemCodeWithStatus<409>, message: string, errors?: FieldError[]) {
    super({ kind: 'conflict', code, message, errors });
  }
}

export class UnprocessableError extends RpcError {
  constructor(code: ProblemCodeWithStatus<422>, message: string, errors?: FieldError[]) {
    super({ kind: 'unprocessable', code, message, errors });
  }
}

export class InvalidInputError extends RpcError {
  constructor(errors: FieldError[], message = 'The request has invalid fields.') {
    super({ kind: 'invalid', code: 'validation_failed', message, errors });
  }
}

export class UnauthenticatedError extends RpcError {
  constructor(code: ProblemCodeWithStatus<401>, message: string) {
    super({ kind: 'unauthenticated', code, message });
  }
}

export class ForbiddenError extends RpcError {
  constructor(code: ProblemCodeWithStatus<403>, message: string) {
    super({ kind: 'forbidden', code, message });
  }
}

/** A sound request the service cannot answer now (its limits or its load): the same request may succeed later. */
export class UnavailableError extends RpcError {
  constructor(code: ProblemCodeWithStatus<503>, message: string) {
    super({ kind: 'unavailable', code, message });
  }
}

export class ServiceTimeoutError extends RpcError {
  constructor(subject: string, timeoutMs: number) {
    super({
      kind: 'timeout',
      code: 'service_timeout',
      message: `No answer to ${subject} within ${timeoutMs} ms.`,
    });
  }
}

export class ServiceUnavailableError extends RpcError {
  constructor(subject: string) {
    super({
      kind: 'unavailable',
      code: 'service_unavailable',
      message: `No service answers ${subject} right now.`,
    });
  }
}

/** A third party the service depends on (an institution's identity provider) failed to answer as it should. */
export class UpstreamFailedError extends RpcError {
  constructor(code: ProblemCodeWithStatus<502>, message: string) {
    super({ kind: 'upstream-failed', code, message });
  }
}

/** A third party the service depends on did not answer in time. */
export class UpstreamTimeoutError extends RpcError {
  constructor(code: ProblemCodeWithStatus<504>, message: string) {
    super({ kind: 'timeout', code, message });
  }
}

/** The thing existed but is no longer usable: an expired or used link, an ended attempt. */
export class GoneError extends RpcError {
  constructor(code: ProblemCodeWithStatus<410>, message: string) {
    super({ kind: 'gone', code, message });
  }
}
