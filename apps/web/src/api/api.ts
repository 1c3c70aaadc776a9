import { createApiClient, type ApiClient } from '@careers/api-client';
import { session } from '../session/session-store';

/** The gateway's API, at the origin that served the console, with the signed-in person's token. */
export const api: ApiClient = createApiClient({
  baseUrl: window.location.origin,
  token: () => session.token(),
});
