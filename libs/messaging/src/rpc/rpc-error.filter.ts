import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '@careers/persistence';
import { Observable, throwError } from 'rxjs';
import { RpcError, RpcErrorBody } from '@careers/rpc';
import { isStorageUnavailable } from './storage-unavailable';

/**
 * Answers a NATS request that failed: domain errors as they are, the database out of reach as `unavailable` (the gateway's
 * 503), a unique index refusing a duplicate that no use case named as a `conflict` (a 409, never a 500: use cases name
 * theirs with onUniqueViolation), anything else as `internal` with an error id.
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
    if (isUniqueViolation(exception)) {
      this.logger.warn(
        { err: exception, subject },
        'A unique index refused a duplicate that no use case named',
      );
      const duplicate: RpcErrorBody = {
        kind: 'conflict',
        code: 'duplicate',
        message: 'Another request made the same thing at the same moment, so this one changed nothing.',
      };
      return throwError(() => duplicate);
    }
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId, subject }, 'Unhandled error in a request handler');
    const internal: RpcErrorBody = {
      kind: 'internal',
      code: 'internal_error',
      message: 'An unexpected error occurred.',
      errorId,
    };
    return throwError(() => internal);
  }
}
