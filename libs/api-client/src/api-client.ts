import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './generated/schema';

/** The gateway's API, typed from its OpenAPI document: `api.GET('/v1/institutions/{institutionId}/contacts', ...)`. */
export type ApiClient = Client<paths>;

/** The access token, or a function asked before each request (so a renewed token is used without a new client). */
export type AccessToken = string | (() => string | undefined | Promise<string | undefined>);

export interface ApiClientOptions {
  /** Where the gateway answers, e.g. `https://api.example.com`; the paths carry their `/v1`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …` unless a request sets its own. */
  token?: AccessToken;
  /** The fetch to call, e.g. one that adds a proxy or records requests; the global one by default. */
  fetch?: (request: Request) => Promise<Response>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  if (options.token !== undefined) client.use(bearerToken(options.token));
  return client;
}

function bearerToken(token: AccessToken): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === 'function' ? await token() : token;
      if (value && !request.headers.has('authorization'))
        request.headers.set('authorization', `Bearer ${value}`);
      return request;
    },
  };
}
