import type { LoggerOptions } from 'pino';
import { redactError, redactValue } from './redact';

/** The fields written by their serializers: pino-http's picks of a request and a response, and errors. */
const SERIALIZED_FIELDS = new Set(['req', 'res', 'err']);

/**
 * Every log line of an app goes through `redactValue`: requests, responses and errors through their serializers, and
 * every call's other objects and its message through the `logMethod` hook, whoever logs (Nest, pino-http, our code).
 */
export function redactingLogOptions(): Pick<LoggerOptions, 'serializers' | 'hooks'> {
  return {
    serializers: {
      req: (req: object) => redactValue({ ...req }),
      res: (res: object) => redactValue({ ...res }),
      err: redactError,
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, redactArguments(args) as Parameters<typeof method>);
      },
    },
  };
}

function redactArguments(args: unknown[]): unknown[] {
  const [first, ...rest] = args;
  // An error alone is logged as `err`, with its message for the line's.
  if (first instanceof Error)
    return redactArguments([{ err: first }, ...(rest.length ? rest : [first.message])]);
  if (typeof first !== 'object' || first === null) return args.map(redactValue);
  const fields = Object.entries(first).map(([key, value]) => [
    key,
    SERIALIZED_FIELDS.has(key) ? value : redactValue(value),
  ]);
  return [Object.fromEntries(fields), ...rest.map(redactValue)];
}
