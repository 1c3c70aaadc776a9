import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Observable, throwError } from 'rxjs';
import { RpcError, RpcErrorBody } from './rpc-error';

/** Answers a NATS request that failed: domain errors as they are, anything else as `internal` with an error id. */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger(RpcErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): Observable<RpcErrorBody> {
    if (exception instanceof RpcError) {
      return throwError(() => exception.body);
    }
    const errorId = randomUUID();
    const subject = host.getType() === 'rpc' ? host.switchToRpc().getContext()?.getSubject?.() : undefined;
    this.logger.error({ err: exception, errorId, subject }, 'Unhandled error in a request handler');
    return throwError(() => ({
      kind: 'internal',
      code: 'internal_error',
      message: 'An unexpected error occurred.',
      errorId,
    }));
  }
}
