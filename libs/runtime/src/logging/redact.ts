import { stdSerializers } from 'pino';
import { isSecretField, REDACTED, redactText } from './redact-text';

/** Deep enough for any payload or error logged; what is deeper (a cycle, a whole object graph) is not written. */
const MAX_DEPTH = 12;
const TOO_DEEP = '[too deep to log]';

/**
 * A logged value as it may be written: secret fields replaced at any depth, text through `redactText`, errors as
 * pino writes them (type, message, stack, own properties), redacted likewise. An object that says how it is written
 * (`toJSON`: a date, a buffer, an entity) is left to do so.
 */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) return TOO_DEEP;
  if (value instanceof Error) return redactValue(errorAsLogged(value), depth + 1);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      isSecretField(key, field) ? REDACTED : redactValue(field, depth + 1),
    ]),
  );
}

/** pino's own form of an error (type, message, stack, its properties), as a plain object. */
function errorAsLogged(error: Error): Record<string, unknown> {
  return withoutStatement({ ...stdSerializers.err(error) });
}

/**
 * What is logged as `err`: an error, the form pino-http's serializer made of one, or an error body (an RPC
 * error's), redacted like any value.
 */
export function redactError(error: unknown): unknown {
  if (error instanceof Error || typeof error !== 'object' || error === null) return redactValue(error);
  return redactValue(withoutStatement({ ...error }));
}

/**
 * A database error's message (and so its stack) begins with the statement, values written in (knex's format:
 * `<statement> - <the database's message>`). The values may be a mail's body with its link or code: the statement
 * is cut, the database's message kept.
 */
function withoutStatement(error: Record<string, unknown>): Record<string, unknown> {
  const { message, stack, routine } = error;
  const statementEnd = typeof message === 'string' ? message.lastIndexOf(' - ') : -1;
  if (typeof routine !== 'string' || typeof message !== 'string' || statementEnd < 0) return error;
  const statement = message.slice(0, statementEnd);
  return {
    ...error,
    message: message.slice(statementEnd + ' - '.length),
    ...(typeof stack === 'string' ? { stack: stack.split(statement).join(REDACTED) } : {}),
  };
}
