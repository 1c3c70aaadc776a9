import { TestSystem } from '@careers/testing';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

const PAGE = '<!doctype html><title>Career services</title><div id="root"></div>';
const BUNDLE = 'console.log("app")';

describe('the web app, served by the gateway at /', () => {
  let system: TestSystem;
  let webRoot: string;

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${system.app('gateway').url}${path}`, { headers });

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'web-root-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), PAGE);
    writeFileSync(join(webRoot, 'assets', 'index-Ab12Cd34.js'), BUNDLE);
    writeFileSync(join(webRoot, 'assets', 'index-Ab12Cd34.js.br'), brotliCompressSync(BUNDLE));
    system = await TestSystem.start({ apps: ['gateway'], env: { WEB_ROOT: webRoot } });
  });

  afterAll(async () => {
    await system?.stop();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it.each([
    '/',
    '/login',
    '/verify-email?token=abc',
    '/schools/1b7e4c1e-0000-4000-8000-000000000000/contacts',
  ])('answers %s with the app page, never to be cached, framed or referred from', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(PAGE);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('serves a bundle as it is, to be cached for good (its name changes with its content)', async () => {
    const response = await get('/assets/index-Ab12Cd34.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(BUNDLE);
  });

  it('sends the Brotli copy the build made to a browser that accepts it, the file itself to one that does not', async () => {
    const compressed = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'br, gzip' });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(await compressed.text()).toBe(BUNDLE);
    const plain = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(BUNDLE);
  });

  it.each(['/v1/no-such-thing', '/v1', '/health/nothing', '/metrics'])(
    'leaves %s to the API: a 404 as problem details, not the page',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    },
  );

  it('keeps the API and the probes where they were', async () => {
    expect((await get('/health/live')).status).toBe(200);
    const unauthorized = await get('/v1/me');
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('does not serve files outside its folder', async () => {
    const response = await get('/assets/..%2f..%2fetc%2fpasswd');
    expect(response.status).not.toBe(500);
    expect(await response.text()).not.toContain('root:');
  });
});
