import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NotFoundError, ServiceTimeoutError } from '../rpc/domain-errors';
import { endMessagingSpan, settleMessagingSpan, startMessagingSpan } from './messaging-span';

describe('messaging spans', () => {
  const exporter = new InMemorySpanExporter();

  beforeAll(() =>
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
    ),
  );
  afterAll(() => trace.disable());
  beforeEach(() => exporter.reset());

  const finished = () => exporter.getFinishedSpans();

  it('names a span by what is done and the subject, and kinds a request and an event as each is', () => {
    endMessagingSpan(startMessagingSpan('send', 'directory.institution.create'));
    endMessagingSpan(startMessagingSpan('process', 'directory.institution.create'));
    endMessagingSpan(
      startMessagingSpan('publish', 'events.directory.institution.created', { eventId: 'e1' }),
    );
    endMessagingSpan(
      startMessagingSpan('process', 'events.directory.institution.created', { eventId: 'e1' }),
    );

    expect(finished().map((span) => [span.name, span.kind])).toEqual([
      ['send directory.institution.create', SpanKind.CLIENT],
      ['process directory.institution.create', SpanKind.SERVER],
      ['publish events.directory.institution.created', SpanKind.PRODUCER],
      ['process events.directory.institution.created', SpanKind.CONSUMER],
    ]);
    expect(finished()[3].attributes).toEqual({
      'messaging.system': 'nats',
      'messaging.operation.name': 'process',
      'messaging.destination.name': 'events.directory.institution.created',
      'messaging.message.id': 'e1',
    });
  });

  it('begins a span in the parent it is given', () => {
    const parent = startMessagingSpan('send', 'directory.institution.create', { parent: ROOT_CONTEXT });

    endMessagingSpan(
      startMessagingSpan('process', 'directory.institution.create', {
        parent: trace.setSpan(ROOT_CONTEXT, parent),
      }),
    );

    const [child] = finished();
    expect(child.spanContext().traceId).toBe(parent.spanContext().traceId);
    expect(child.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
  });

  it("marks a failure as an error with its type, and a refusal only with its code, never an error's message", async () => {
    const timedOut = new ServiceTimeoutError('directory.institution.create', 5000);
    const notFound = new NotFoundError('not_found', 'No institution with the id 1.');

    await expect(
      settleMessagingSpan(startMessagingSpan('send', 'directory.institution.get'), Promise.reject(timedOut)),
    ).rejects.toBe(timedOut);
    endMessagingSpan(startMessagingSpan('send', 'directory.institution.get'), notFound);
    endMessagingSpan(
      startMessagingSpan('send', 'directory.institution.get'),
      new Error('secret in a message'),
    );

    expect(finished().map((span) => [span.status.code, span.attributes['error.type']])).toEqual([
      [SpanStatusCode.ERROR, timedOut.body.code],
      [SpanStatusCode.UNSET, 'not_found'],
      [SpanStatusCode.ERROR, 'Error'],
    ]);
    expect(JSON.stringify(finished().map((span) => [span.attributes, span.events]))).not.toContain('secret');
  });

  it('ends the span of work that succeeds and passes on its result', async () => {
    await expect(
      settleMessagingSpan(startMessagingSpan('send', 'directory.institution.get'), Promise.resolve(42)),
    ).resolves.toBe(42);

    expect(finished()[0].status.code).toBe(SpanStatusCode.UNSET);
  });
});
