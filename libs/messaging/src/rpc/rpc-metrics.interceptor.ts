import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { Observable, tap } from 'rxjs';
import { histogram, LATENCY_BUCKETS, RpcError } from '@careers/rpc';

const handled = histogram({
  name: 'rpc_handler_duration_seconds',
  help: 'How long NATS request handlers take, by subject and outcome (ok, or the RPC error kind).',
  labelNames: ['subject', 'outcome'],
  buckets: LATENCY_BUCKETS,
});

/** Times every request handler of the service, by subject and outcome. */
@Injectable()
export class RpcMetricsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const subject = context.switchToRpc().getContext<NatsContext>().getSubject();
    const end = handled.startTimer({ subject });
    return next.handle().pipe(
      tap({
        next: () => end({ outcome: 'ok' }),
        error: (error: unknown) => end({ outcome: error instanceof RpcError ? error.body.kind : 'internal' }),
      }),
    );
  }
}
