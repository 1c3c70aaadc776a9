import type { Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ATTR_URL_FULL, ATTR_URL_PATH, ATTR_URL_QUERY } from '@opentelemetry/semantic-conventions';
import { redactText } from '../logging/redact-text';

/**
 * Takes the secrets out of the URLs a span records (an invitation's token in its path, a link's token in a web page's
 * query) as the logs do, before the span is exported.
 */
export class UrlRedactingSpanProcessor implements SpanProcessor {
  onStart(): void {
    // Attributes are complete only when the span ends.
  }

  onEnding(span: Span): void {
    for (const key of [ATTR_URL_FULL, ATTR_URL_PATH]) {
      const value = span.attributes[key];
      if (typeof value === 'string') span.setAttribute(key, redactText(value));
    }
    // The query without its `?`, which the redaction of query parameters needs.
    const query = span.attributes[ATTR_URL_QUERY];
    if (typeof query === 'string') span.setAttribute(ATTR_URL_QUERY, redactText(`?${query}`).slice(1));
  }

  onEnd(): void {
    // Redacted in onEnding, while the span may still be changed.
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
