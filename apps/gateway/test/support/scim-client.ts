import type { TestSystem } from '@careers/testing';

export interface ScimResponse {
  status: number;
  contentType: string | null;
  body: Record<string, unknown>;
}

/** A SCIM client as an identity provider is one: its bearer token, `application/scim+json` bodies. */
export class ScimClient {
  constructor(
    private readonly system: TestSystem,
    private readonly token: string,
  ) {}

  async request(method: string, path: string, body?: unknown, token = this.token): Promise<ScimResponse> {
    const response = await fetch(`${this.system.api.baseUrl}/scim/v2${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/scim+json',
        ...(body === undefined ? {} : { 'content-type': 'application/scim+json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
    };
  }

  get(path: string): Promise<ScimResponse> {
    return this.request('GET', path);
  }

  post(path: string, body: unknown): Promise<ScimResponse> {
    return this.request('POST', path, body);
  }

  put(path: string, body: unknown): Promise<ScimResponse> {
    return this.request('PUT', path, body);
  }

  patch(path: string, body: unknown): Promise<ScimResponse> {
    return this.request('PATCH', path, body);
  }

  /** The people whose userName is this one, as both providers look a person up before creating them. */
  byUserName(userName: string, paging = ''): Promise<ScimResponse> {
    return this.get(`/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}${paging}`);
  }
}

/** Makes a SCIM token through the admin API; fails the test if it cannot. */
export async function scimToken(
  system: TestSystem,
  institutionId: string,
  adminToken: string,
  userType: 'student' | 'alumni' | 'mentor' = 'student',
): Promise<{ id: string; token: string }> {
  const made = await system.api.post(
    `/v1/institutions/${institutionId}/scim-tokens`,
    { label: `Provider ${userType}`, userType },
    adminToken,
  );
  if (made.status !== 201) throw new Error(`making a SCIM token failed: ${JSON.stringify(made.body)}`);
  return { id: made.body['id'] as string, token: made.body['token'] as string };
}

export const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
