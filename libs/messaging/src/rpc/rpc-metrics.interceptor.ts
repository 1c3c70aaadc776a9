import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { Observable, tap } from 'rxjs';
import { histogram, LATENCY_BUCKETS, RpcError } from '@careers/rpc';

const handled = histogram({
  name: 'rpc_handler_duration_seconds',
  help: 'How long NATS request handlers take, by subject and outcome (ok, or the RPC error kind).',
  labelNames: ['subject', 'outcome'],
  buckets: LATENCY_BUCKETS,
});

/** Times every request handler of the service, by subject and outcome, and says so at the debug level. */
@Injectable()
export class RpcMetricsInterceptor implements NestInterceptor {
  private readonly logger = new Logger('RpcHandler');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const subject = context.switchToRpc().getContext<NatsContext>().getSubject();
    const end = handled.startTimer({ subject });
    const answered = (outcome: string) => {
      const seconds = end({ outcome });
      this.logger.debug({ subject, outcome, ms: Math.round(seconds * 1000) }, `Handled ${subject}`);
    };
    return next.handle().pipe(
      tap({
        next: () => answered('ok'),
        error: (error: unknown) => answered(error instanceof RpcError ? error.body.kind : 'internal'),
      }),
    );
  }
}
