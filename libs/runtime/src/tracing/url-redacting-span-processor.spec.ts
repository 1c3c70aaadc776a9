import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { UrlRedactingSpanProcessor } from './url-redacting-span-processor';

describe('UrlRedactingSpanProcessor', () => {
  it('takes the secrets out of the URLs a span recorded before it is exported, and leaves the rest', () => {
    const exporter = new InMemorySpanExporter();
    const tracer = new BasicTracerProvider({
      spanProcessors: [new UrlRedactingSpanProcessor(), new SimpleSpanProcessor(exporter)],
    }).getTracer('test');
    const span = tracer.startSpan('GET');
    span.setAttributes({
      'url.path': '/v1/invitations/aXU4cxnV_hDZqgKBIDqJ5cLa',
      'url.query': 'token=aXU4cxnV_hDZqgKBIDqJ5cLa&page=2',
      'url.full': '/set-password?token=aXU4cxnV_hDZqgKBIDqJ5cLa',
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
});
