import { type Context, context, propagation, ROOT_CONTEXT, type TextMapGetter } from '@opentelemetry/api';
import { headers as natsHeaders, type MsgHdrs } from 'nats';

const natsHeaderGetter: TextMapGetter<MsgHdrs> = {
  keys: (headers) => headers.keys(),
  // The nats client answers '' for a header that is not there.
  get: (headers, key) => (headers.has(key) ? headers.get(key) : undefined),
};

/** NATS message headers carrying a trace context (W3C `traceparent`): the current one unless told. */
export function traceHeaders(from: Context = context.active(), into: MsgHdrs = natsHeaders()): MsgHdrs {
  propagation.inject(from, into, { set: (headers, key, value) => headers.set(key, value) });
  return into;
}

/**
 * The trace context a message's headers carry. A message without one begins a trace of its own, never one that
 * happened to be current where its connection was opened.
 */
export function traceContextOf(headers: MsgHdrs | undefined): Context {
  return headers ? propagation.extract(ROOT_CONTEXT, headers, natsHeaderGetter) : ROOT_CONTEXT;
}

/** A trace context as one W3C `traceparent` line, as an outbox row keeps it until its event is published. */
export function traceparentOf(from: Context = context.active()): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(from, carrier);
  return carrier['traceparent'];
}

/** The trace context of a `traceparent` line; none begins a trace of its own. */
export function traceContextOfTraceparent(traceparent: string | null | undefined): Context {
  return traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent }) : ROOT_CONTEXT;
}
