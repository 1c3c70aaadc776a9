import { TestSystem } from '@careers/testing';

const WEB_APP = 'https://app.example.test';
const OTHER_SITE = 'https://elsewhere.example.test';

function corsHeadersOf(headers: Headers): string[] {
  return [...headers.keys()].filter((name) => name.startsWith('access-control-'));
}

function listed(header: string | null): string[] {
  return (header ?? '').split(',').map((item) => item.trim().toLowerCase());
}

/** What a browser sends before a cross-origin POST with a token, a JSON body and an idempotency key. */
function preflight(system: TestSystem, origin: string) {
  return system.api.request('OPTIONS', '/v1/institutions/00000000-0000-4000-8000-000000000000/bulk-invites', {
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type,idempotency-key,x-request-id',
    },
  });
}

describe('CORS', () => {
  describe('with allowed origins', () => {
    let system: TestSystem;
    let token: string;

    beforeAll(async () => {
      system = await TestSystem.start({
        apps: ['gateway', 'identity'],
        env: { CORS_ORIGINS: `http://localhost:5173, ${WEB_APP}` },
      });
      token = await system.adminToken();
    });

    afterAll(async () => {
      await system?.stop();
    });

    it('answers a preflight from an allowed origin with the methods and headers the API takes', async () => {
      const response = await preflight(system, WEB_APP);

      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(WEB_APP);
      expect(listed(response.headers.get('access-control-allow-methods'))).toEqual(
        expect.arrayContaining(['get', 'post', 'put', 'patch', 'delete']),
      );
      expect(listed(response.headers.get('access-control-allow-headers'))).toEqual(
        expect.arrayContaining(['authorization', 'content-type', 'idempotency-key', 'x-request-id']),
      );
      expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
      expect(listed(response.headers.get('vary'))).toContain('origin');
    });

    it('lets a page from an allowed origin read the answer and its request id', async () => {
      const response = await system.api.request('GET', '/v1/me', {
        token,
        headers: { origin: WEB_APP, 'x-request-id': 'from-the-web-app' },
      });

      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(WEB_APP);
      expect(listed(response.headers.get('access-control-expose-headers'))).toEqual(
        expect.arrayContaining(['x-request-id', 'location']),
      );
      expect(response.headers.get('x-request-id')).toBe('from-the-web-app');
    });

    it('gives a problem answer the CORS headers too, so the page can read why', async () => {
      const response = await system.api.request('GET', '/v1/me', { headers: { origin: WEB_APP } });

      expect(response.status).toBe(401);
      expect(response.headers.get('access-control-allow-origin')).toBe(WEB_APP);
    });

    it('gives another origin no CORS headers, for a preflight or a request', async () => {
      const refused = await preflight(system, OTHER_SITE);
      const read = await system.api.request('GET', '/v1/me', { token, headers: { origin: OTHER_SITE } });

      expect(refused.status).toBe(404);
      expect(corsHeadersOf(refused.headers)).toEqual([]);
      expect(read.status).toBe(200);
      expect(corsHeadersOf(read.headers)).toEqual([]);
    });
  });

  describe('by default', () => {
    let system: TestSystem;

    beforeAll(async () => {
      system = await TestSystem.start({ apps: ['gateway'] });
    });

    afterAll(async () => {
      await system?.stop();
    });

    it('sends no CORS headers to any origin', async () => {
      const refused = await preflight(system, 'http://localhost:5173');
      const read = await system.api.request('GET', '/v1/me', {
        headers: { origin: 'http://localhost:5173' },
      });

      expect(refused.status).toBe(404);
      expect(corsHeadersOf(refused.headers)).toEqual([]);
      expect(read.status).toBe(401);
      expect(corsHeadersOf(read.headers)).toEqual([]);
    });
  });
});
