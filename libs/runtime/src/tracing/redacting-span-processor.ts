import type { Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import {
  ATTR_EXCEPTION_MESSAGE,
  ATTR_EXCEPTION_STACKTRACE,
  ATTR_URL_FULL,
  ATTR_URL_PATH,
  ATTR_URL_QUERY,
} from '@opentelemetry/semantic-conventions';
import { redactText } from '../logging/redact-text';

/** Where the pg instrumentation puts a query's text: by the older and by the stable conventions. */
const STATEMENT_ATTRIBUTES = ['db.statement', 'db.query.text'];

/**
 * Takes the secrets out of what a span recorded before it is exported, as the logs do: from its URLs (an invitation's
 * token in a path, a link's token in a web page's query) and from the errors instrumentations recorded on it. A
 * query's text keeps only what comes before its first string: MikroORM writes the values into the SQL it sends (a
 * mail's link, a password's hash, an imported person's details), quoted.
 */
export class RedactingSpanProcessor implements SpanProcessor {
  onStart(): void {
    // Attributes are complete only when the span ends.
  }

  onEnding(span: Span): void {
    for (const key of STATEMENT_ATTRIBUTES) {
      const value = span.attributes[key];
      if (typeof value === 'string') span.setAttribute(key, value.split("'", 1)[0]);
    }
    for (const key of [ATTR_URL_FULL, ATTR_URL_PATH]) {
      const value = span.attributes[key];
      if (typeof value === 'string') span.setAttribute(key, redactText(value));
    }
    // The query without its `?`, which the redaction of query parameters needs.
    const query = span.attributes[ATTR_URL_QUERY];
    if (typeof query === 'string') span.setAttribute(ATTR_URL_QUERY, redactText(`?${query}`).slice(1));
    if (span.status.message) span.setStatus({ ...span.status, message: redactText(span.status.message) });
    for (const event of span.events) {
      for (const key of [ATTR_EXCEPTION_MESSAGE, ATTR_EXCEPTION_STACKTRACE]) {
        const value = event.attributes?.[key];
        if (event.attributes && typeof value === 'string') event.attributes[key] = redactText(value);
      }
    }
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
