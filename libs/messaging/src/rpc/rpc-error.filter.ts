import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Observable, throwError } from 'rxjs';
import { RpcError, RpcErrorBody } from './rpc-error';
import { isStorageUnavailable } from './storage-unavailable';

/**
 * Answers a NATS request that failed: domain errors as they are, the database out of reach as `unavailable` (the gateway's
 * 503), anything else as `internal` with an error id.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger(RpcErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): Observable<RpcErrorBody> {
    if (exception instanceof RpcError) {
      return throwError(() => exception.body);
    }
    const subject = host.getType() === 'rpc' ? host.switchToRpc().getContext()?.getSubject?.() : undefined;
    if (isStorageUnavailable(exception)) {
      this.logger.warn({ err: exception, subject }, 'The database is out of reach; the request is refused');
      const unavailable: RpcErrorBody = {
        kind: 'unavailable',
        code: 'storage_unavailable',
        message: 'The service cannot reach its database right now; try again shortly.',
      };
      return throwError(() => unavailable);
    }
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId, subject }, 'Unhandled error in a request handler');
    return throwError(() => ({
      kind: 'internal',
      code: 'internal_error',
      message: 'An unexpected error occurred.',
      errorId,
    }));
  }
}
