import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { map, Observable } from 'rxjs';
import { RpcError } from './rpc-error';

/**
 * NATS carries a reply as one message of at most `max_payload` (1 MiB unless the server says otherwise), and a
 * larger one is not sent: the client throws while the handler answers, which would end the process. A reply is
 * checked first and, too large, answered with an error that says so; the handler that made it should page.
 */
export const MAX_REPLY_BYTES = 1024 * 1024 - 16 * 1024;

@Injectable()
export class ReplySizeInterceptor implements NestInterceptor {
  private readonly logger = new Logger(ReplySizeInterceptor.name);

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((reply: unknown) => {
        const bytes = Buffer.byteLength(JSON.stringify(reply ?? null));
        if (bytes <= MAX_REPLY_BYTES) return reply;
        const errorId = randomUUID();
        const subject = context.switchToRpc().getContext<{ getSubject?: () => string }>()?.getSubject?.();
        this.logger.error(
          { errorId, subject, bytes },
          `A reply of ${bytes} bytes is too large for one NATS message`,
        );
        throw new RpcError({
          kind: 'internal',
          code: 'reply_too_large',
          message: `The answer (${bytes} bytes) is too large to send in one message.`,
          errorId,
        });
      }),
    );
  }
}
