import type { components } from './generated/schema';

/** An RFC 9457 problem details body, as the gateway answers every error today. */
interface ServedProblem {
  /** A URN a client can switch on, e.g. `urn:careers:problem:contact-email-taken`. */
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: Array<{ field: string; message: string }>;
  /** Present on a 500: the id of the error in the gateway's log. */
  errorId?: string;
}

/**
 * The document's `ProblemDetails` schema once it declares one, else the shape above: the client keeps compiling while
 * the document catches up, and follows the document without an edit here once it does.
 */
export type Problem = components['schemas'] extends { ProblemDetails: infer Declared }
  ? Declared
  : ServedProblem;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * The problem details of a refused request, from what the client returned (`const result = await api.POST(…)`);
 * undefined for a success or for an answer that is not a problem (a proxy's HTML error page, say).
 */
export function problemOf(result: { error?: unknown; response: Response }): Problem | undefined {
  if (result.response.ok) return undefined;
  const mediaType = result.response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return mediaType === PROBLEM_CONTENT_TYPE && isProblem(result.error)
    ? (result.error as Problem)
    : undefined;
}

function isProblem(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { type, status } = body as Record<string, unknown>;
  return typeof type === 'string' && typeof status === 'number';
}
