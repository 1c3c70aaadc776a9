import { propagation, ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { headers } from 'nats';
import {
  traceContextOf,
  traceContextOfTraceparent,
  traceHeaders,
  traceparentOf,
} from './message-trace-context';

describe('trace context in NATS messages and outbox rows', () => {
  const tracer = new BasicTracerProvider().getTracer('test');

  beforeAll(() => propagation.setGlobalPropagator(new W3CTraceContextPropagator()));
  afterAll(() => propagation.disable());

  const inSpan = () => {
    const span = tracer.startSpan('work');
    return { span, context: trace.setSpan(ROOT_CONTEXT, span), ...span.spanContext() };
  };

  it('writes the trace as a W3C traceparent header that the receiving side reads back', () => {
    const sent = inSpan();

    const message = traceHeaders(sent.context);

    expect(message.get('traceparent')).toBe(`00-${sent.traceId}-${sent.spanId}-01`);
    expect(trace.getSpanContext(traceContextOf(message))).toEqual({
      traceId: sent.traceId,
      spanId: sent.spanId,
      traceFlags: TraceFlags.SAMPLED,
      isRemote: true,
    });
  });

  it('adds the trace to headers a message already has', () => {
    const message = headers();
    message.set('Nats-Msg-Id', 'event-1');

    traceHeaders(inSpan().context, message);

    expect(message.get('Nats-Msg-Id')).toBe('event-1');
    expect(message.has('traceparent')).toBe(true);
  });

  it('begins a new trace for a message without headers, without a traceparent, or with a malformed one', () => {
    const malformed = headers();
    malformed.set('traceparent', 'not-a-trace');

    expect(trace.getSpanContext(traceContextOf(undefined))).toBeUndefined();
    expect(trace.getSpanContext(traceContextOf(headers()))).toBeUndefined();
    expect(trace.getSpanContext(traceContextOf(malformed))).toBeUndefined();
  });

  it('keeps a trace as one traceparent line, as an outbox row does, and reads it back', () => {
    const recorded = inSpan();

    const line = traceparentOf(recorded.context);

    expect(line).toBe(`00-${recorded.traceId}-${recorded.spanId}-01`);
    expect(trace.getSpanContext(traceContextOfTraceparent(line))).toMatchObject({
      traceId: recorded.traceId,
      spanId: recorded.spanId,
    });
  });

  it('has no line for no trace, and no trace for no line', () => {
    expect(traceparentOf(ROOT_CONTEXT)).toBeUndefined();
    expect(trace.getSpanContext(traceContextOfTraceparent(null))).toBeUndefined();
  });

  it('carries an unsampled trace too, so that its log lines share its id', () => {
    const unsampled = trace.wrapSpanContext({
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      traceFlags: TraceFlags.NONE,
    });

    const line = traceparentOf(trace.setSpan(ROOT_CONTEXT, unsampled));

    expect(line).toBe('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00');
    expect(trace.getSpanContext(traceContextOfTraceparent(line))?.traceId).toBe(
      '0af7651916cd43dd8448eb211c80319c',
    );
  });
});
