import { SpanStatusCode } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { RedactingSpanProcessor } from './redacting-span-processor';

describe('RedactingSpanProcessor', () => {
  const exporter = new InMemorySpanExporter();
  const tracer = new BasicTracerProvider({
    spanProcessors: [new RedactingSpanProcessor(), new SimpleSpanProcessor(exporter)],
  }).getTracer('test');
  const TOKEN = 'aXU4cxnV_hDZqgKBIDqJ5cLa';

  beforeEach(() => exporter.reset());

  it('takes the secrets out of the URLs a span recorded before it is exported, and leaves the rest', () => {
    const span = tracer.startSpan('GET');
    span.setAttributes({
      'url.path': `/v1/invitations/${TOKEN}`,
      'url.query': `token=${TOKEN}&page=2`,
      'url.full': `/set-password?token=${TOKEN}`,
      'http.request.method': 'GET',
    });

    span.end();

    expect(exporter.getFinishedSpans()[0].attributes).toEqual({
      'url.path': '/v1/invitations/[redacted]',
      'url.query': 'token=[redacted]&page=2',
      'url.full': '/set-password?token=[redacted]',
      'http.request.method': 'GET',
    });
  });

  it('takes them out of the errors recorded on a span', () => {
    const span = tracer.startSpan('InvitationsController.accept');
    const error = new Error(`No invitation at /v1/invitations/${TOKEN}/accept`);
    span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });

    span.end();

    const [exported] = exporter.getFinishedSpans();
    expect(JSON.stringify([exported.status, exported.events])).not.toContain(TOKEN);
    expect(exported.status.message).toBe('No invitation at /v1/invitations/[redacted]/accept');
    expect(exported.events[0].attributes?.['exception.message']).toBe(exported.status.message);
  });

  it('keeps a query only up to its first string, the values written into it', () => {
    const span = tracer.startSpan('pg.query:INSERT careers');
    span.setAttributes({
      'db.statement': `insert into "identity"."mail_message" ("text") values ('/set-password?token=${TOKEN}')`,
      'db.query.text': `select 1 from "identity"."user_account" where "email" = 'someone@example.test'`,
      'db.system': 'postgresql',
    });

    span.end();

    expect(exporter.getFinishedSpans()[0].attributes).toEqual({
      'db.statement': 'insert into "identity"."mail_message" ("text") values (',
      'db.query.text': 'select 1 from "identity"."user_account" where "email" = ',
      'db.system': 'postgresql',
    });
  });
});
