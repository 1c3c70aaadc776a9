import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { context, trace } from '@opentelemetry/api';
import { Observable, tap } from 'rxjs';
import { endMessagingSpan, startMessagingSpan, traceContextOf } from '@careers/rpc';

/**
 * Runs every request handler of the service in a span of the caller's trace (the request's `traceparent` header), so
 * that its database calls, the events it records and its log lines join that trace.
 */
@Injectable()
export class RpcTracingInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const nats = execution.switchToRpc().getContext<NatsContext>();
    const caller = traceContextOf(nats.getHeaders());
    const span = startMessagingSpan('process', nats.getSubject(), { parent: caller });
    const traced = trace.setSpan(caller, span);
    // Subscribed in the trace, so that the handler and whatever hears of its answer (the other interceptors' logs,
    // the error filter's) run in it.
    return new Observable((subscriber) =>
      context.with(traced, () =>
        next
          .handle()
          .pipe(
            tap({
              complete: () => endMessagingSpan(span),
              error: (error: unknown) => endMessagingSpan(span, error),
              unsubscribe: () => span.end(),
            }),
          )
          .subscribe(subscriber),
      ),
    );
  }
}
