import { MAILED_CODE, SECRET_FIELDS, SECRET_ROUTES } from './secrets';

// Apart from the logs' serializers, which need pino: tracing redacts URLs with it and starts before pino is loaded.

export const REDACTED = '[redacted]';

const SECRET_FIELD_NAMES = new Set(SECRET_FIELDS.map((field) => field.toLowerCase()));

export function isSecretField(name: string, value: unknown): boolean {
  const key = name.toLowerCase();
  if (key === 'code') return typeof value === 'string' && MAILED_CODE.test(value);
  return SECRET_FIELD_NAMES.has(key);
}

/** A segment as called; not `:name`, the route as declared (Nest logs each route it maps). */
const PATH_SEGMENT = `(?!:)[^/?#\\s"']+`;
const routeRedactions = SECRET_ROUTES.map((route) => {
  const segments = route.split('/');
  const pattern = new RegExp(
    segments.map((segment) => (segment.startsWith(':') ? PATH_SEGMENT : escapeRegExp(segment))).join('/'),
    'g',
  );
  return (text: string) =>
    text.replace(pattern, (path) =>
      path
        .split('/')
        .map((part, index) => (segments[index].startsWith(':') ? REDACTED : part))
        .join('/'),
    );
});
const QUERY_PARAMETER = /([?&])([^=&#\s"']+)=([^&#\s"']*)/g;
const JSON_STRING_MEMBER = /"([^"\\]+)"(\s*:\s*)"((?:[^"\\]|\\.)*)"/g;
/** An access token (a JWT: a header and claims of base64url JSON, then the signature), wherever it is written. */
const JWT = /\beyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/g;

/**
 * A text (a URL, a message, a stack) with its secrets replaced: the secret segments of SECRET_ROUTES, secret query
 * parameters, secret members of JSON written into it, and access tokens.
 */
export function redactText(text: string): string {
  const withoutRoutes = routeRedactions.reduce((redacted, redact) => redact(redacted), text);
  return withoutRoutes
    .replace(QUERY_PARAMETER, (whole, separator: string, name: string, value: string) =>
      isSecretField(safeDecode(name), safeDecode(value)) ? `${separator}${name}=${REDACTED}` : whole,
    )
    .replace(JSON_STRING_MEMBER, (whole, name: string, colon: string, value: string) =>
      isSecretField(name, value) ? `"${name}"${colon}"${REDACTED}"` : whole,
    )
    .replace(JWT, REDACTED);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
