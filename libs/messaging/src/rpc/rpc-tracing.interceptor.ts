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
    // The handler is bound to the context current when `handle` is called.
    return context
      .with(trace.setSpan(caller, span), () => next.handle())
      .pipe(
        tap({
          complete: () => endMessagingSpan(span),
          error: (error: unknown) => endMessagingSpan(span, error),
          unsubscribe: () => span.end(),
        }),
      );
  }
}
