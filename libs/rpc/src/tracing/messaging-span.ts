import { type Context, context, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { RpcError, type RpcErrorKind } from '../rpc/rpc-error';

const tracer = trace.getTracer('careers-messaging');

/** What a service answers about the request itself (bad input, not allowed, not there): an answer, not a failure. */
const REFUSALS = new Set<RpcErrorKind>([
  'invalid',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'unprocessable',
  'gone',
]);

/**
 * What is done with a NATS message: a request sent and processed, an event created in the outbox, published to
 * JetStream and processed by a consumer (OpenTelemetry's messaging operations).
 */
export type MessagingOperation = 'send' | 'create' | 'publish' | 'process';

/**
 * A span of one message on `subject`, named `<operation> <subject>`, begun in `parent` (the current context unless
 * told). An event is named by its id; a request has none.
 */
export function startMessagingSpan(
  operation: MessagingOperation,
  subject: string,
  options: { parent?: Context; eventId?: string } = {},
): Span {
  return tracer.startSpan(
    `${operation} ${subject}`,
    {
      kind: spanKind(operation, options.eventId !== undefined),
      attributes: {
        'messaging.system': 'nats',
        'messaging.operation.name': operation,
        'messaging.destination.name': subject,
        ...(options.eventId !== undefined && { 'messaging.message.id': options.eventId }),
      },
    },
    options.parent ?? context.active(),
  );
}

function spanKind(operation: MessagingOperation, isEvent: boolean): SpanKind {
  if (operation === 'send') return SpanKind.CLIENT;
  if (operation === 'process') return isEvent ? SpanKind.CONSUMER : SpanKind.SERVER;
  return SpanKind.PRODUCER;
}

/**
 * Ends a messaging span, failed when an error is given. The span says what kind of error it was, not its message,
 * which may hold what no log line may (a statement's values): the log line of the failure, with the trace id, has it.
 */
export function endMessagingSpan(span: Span, error?: unknown): void {
  if (error !== undefined) {
    span.setAttribute('error.type', errorType(error));
    if (!(error instanceof RpcError && REFUSALS.has(error.body.kind)))
      span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

/** What `work` comes to, with its span ended as it settles. */
export async function settleMessagingSpan<T>(span: Span, work: Promise<T>): Promise<T> {
  try {
    const result = await work;
    endMessagingSpan(span);
    return result;
  } catch (error) {
    endMessagingSpan(span, error);
    throw error;
  }
}

function errorType(error: unknown): string {
  if (error instanceof RpcError) return error.body.code;
  return error instanceof Error ? error.constructor.name : typeof error;
}
