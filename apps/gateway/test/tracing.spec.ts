import { readFileSync } from 'node:fs';
import { Events } from '@careers/contracts';
import { type AppName, OtlpReceiver, type ReceivedSpan, TestSystem, waitFor } from '@careers/testing';

/** OTLP's span kinds. */
const SERVER = 2;
const CLIENT = 3;
const PRODUCER = 4;
const CONSUMER = 5;

/** An app's JSON log lines so far. */
function logLines(system: TestSystem, app: AppName): Array<Record<string, unknown>> {
  return readFileSync(system.app(app).logFile, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Makes an institution through the gateway: directory records its event, which identity consumes. */
async function createInstitution(system: TestSystem, name: string) {
  const created = await system.api.post('/v1/institutions', { name }, await system.adminToken());
  expect(created.status).toBe(201);
  const event = await system.lastEvent(Events.institutionCreated, { institutionId: created.body['id'] });
  return { requestId: created.headers.get('x-request-id'), eventId: String(event['id']) };
}

describe('tracing with an OpenTelemetry collector', () => {
  let receiver: OtlpReceiver;
  let system: TestSystem;

  beforeAll(async () => {
    receiver = await OtlpReceiver.start();
    system = await TestSystem.start({
      apps: ['gateway', 'identity', 'directory'],
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '100', LOG_LEVEL: 'debug' },
    });
  });

  afterAll(async () => {
    await system?.stop();
    await receiver?.stop();
  });

  it('joins the gateway, the service that writes and the consumer of its event in one trace', async () => {
    const { eventId } = await createInstitution(system, 'Tracewood College');

    const consumed = await waitFor('identity to export its handling of the event', async () =>
      receiver.spans.find(
        (span) =>
          span.service === 'identity' &&
          span.kind === CONSUMER &&
          span.attributes['messaging.message.id'] === eventId,
      ),
    );
    const spans = await waitFor('every span of the trace', async () => {
      const trace = receiver.trace(consumed.traceId);
      return trace.some((span) => span.service === 'gateway' && span.kind === SERVER) ? trace : undefined;
    });
    const one = (service: string, name: string, kind: number): ReceivedSpan => {
      const found = spans.find(
        (span) => span.service === service && span.name === name && span.kind === kind,
      );
      if (!found) throw new Error(`no ${name} span of ${service} in ${JSON.stringify(spans, null, 1)}`);
      return found;
    };
    const request = spans.find(
      (span) =>
        span.service === 'gateway' &&
        span.kind === SERVER &&
        span.attributes['url.path'] === '/v1/institutions',
    );
    const sent = one('gateway', 'send directory.institution.create', CLIENT);
    const handled = one('directory', 'process directory.institution.create', SERVER);
    const recorded = one('directory', `create ${Events.institutionCreated}`, PRODUCER);
    const published = one('directory', `publish ${Events.institutionCreated}`, PRODUCER);
    const consumer = one('identity', `process ${Events.institutionCreated}`, CONSUMER);

    expect(request).toMatchObject({ parentSpanId: undefined, attributes: { 'http.request.method': 'POST' } });
    expect(handled.parentSpanId).toBe(sent.spanId);
    expect(published.parentSpanId).toBe(recorded.spanId);
    expect(recorded.attributes['messaging.message.id']).toBe(eventId);
    expect(consumer.parentSpanId).toBe(published.spanId);
    // The database calls of the use case and of the consumer are in the trace too.
    const queries = spans.filter((span) => span.attributes['db.system.name'] === 'postgresql');
    expect(new Set(queries.map((span) => span.service))).toEqual(new Set(['directory', 'identity']));
    expect(queries.map((span) => span.attributes['db.query.text'])).toContainEqual(
      expect.stringMatching(/^insert into "directory"\."outbox_event"/),
    );
  });

  it('writes the trace id on the log lines of each process that handled the request', async () => {
    const { requestId, eventId } = await createInstitution(system, 'Loglake College');

    const lines = await waitFor('identity to log the event applied', async () => {
      const applied = logLines(system, 'identity').find((line) => String(line['msg']).includes(eventId));
      return (
        applied && { applied, gateway: logLines(system, 'gateway'), directory: logLines(system, 'directory') }
      );
    });
    const traceId = lines.applied['trace_id'];
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(lines.gateway).toContainEqual(
      expect.objectContaining({ req: expect.objectContaining({ id: requestId }), trace_id: traceId }),
    );
    expect(lines.directory).toContainEqual(
      expect.objectContaining({ subject: 'directory.institution.create', trace_id: traceId }),
    );
  });
});

describe('tracing without a collector', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({
      apps: ['gateway', 'identity', 'directory'],
      env: { LOG_LEVEL: 'debug' },
    });
  });

  afterAll(() => system?.stop());

  it('still gives the gateway and the consumer of the event one trace id on their log lines', async () => {
    const { requestId, eventId } = await createInstitution(system, 'Quietbrook College');

    const applied = await waitFor('identity to log the event applied', async () =>
      logLines(system, 'identity').find((line) => String(line['msg']).includes(eventId)),
    );
    const request = logLines(system, 'gateway').find(
      (line) => (line['req'] as { id?: string } | undefined)?.id === requestId,
    );
    expect(applied['trace_id']).toMatch(/^[0-9a-f]{32}$/);
    expect(request?.['trace_id']).toBe(applied['trace_id']);
    // Not sampled: nothing is recorded, yet the id is there.
    expect(applied['trace_flags']).toBe('00');
  });
});
