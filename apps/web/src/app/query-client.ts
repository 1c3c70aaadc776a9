import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../api/api-problem';
import { session } from '../session/session-store';

/** A 401 means the token expired or was revoked: sign out, and the pages send the person to sign in again. */
function signOutWhenUnauthorized(error: unknown): void {
  if (error instanceof ApiProblem && error.status === 401 && session.token()) session.signOut();
}

/** Retries what may pass a moment later (unavailable, timeouts), never a refusal. */
function shouldRetry(failures: number, error: unknown): boolean {
  return failures < 2 && error instanceof ApiProblem && [502, 503, 504].includes(error.status);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: signOutWhenUnauthorized }),
  mutationCache: new MutationCache({ onError: signOutWhenUnauthorized }),
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
