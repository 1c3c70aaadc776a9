import type { components } from './generated/schema';

/** An RFC 9457 problem details body, as the gateway answers every error; `type` is one of the registry's URNs. */
export type Problem = components['schemas']['ProblemDetails'];

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
