import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';

/**
 * Paths that are never a page of the web app: an unknown one there is the API's 404, as problem details (SCIM's
 * error body under `/scim`; metrics are served on their own port, never this one).
 */
const NOT_PAGES = /^\/(v1|health|docs|metrics|scim)(\/|$)/;

/**
 * What a browser may do on the app's pages: run and fetch only from this origin, never be framed, and never send a
 * page's address (mail links carry tokens in it) to another site.
 */
const PAGE_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
    "frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

function setPageHeaders(reply: FastifyReply, path: string): void {
  for (const [name, value] of Object.entries(PAGE_HEADERS)) reply.header(name, value);
  // Vite names its bundles by their content: a bundle never changes, the page that names them always may.
  reply.header(
    'cache-control',
    path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

/**
 * Serves the built web app at `/`: its files as they are, and index.html for every other path outside the API, so
 * that a link to any page (`/verify-email?token=…`) opens the app, which shows the page. Returns false, serving
 * nothing, when the folder holds no build.
 */
export async function serveWebApp(app: NestFastifyApplication, root: string): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    // The build writes .br and .gz copies of each text file: the one the browser accepts is sent.
    preCompressed: true,
    setHeaders: (reply, path) => setPageHeaders(reply, path),
  });
  const sendPage = (url: string, reply: FastifyReply) => {
    if (NOT_PAGES.test(url)) return reply.callNotFound();
    return reply.sendFile('index.html');
  };
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/', (request, reply) => sendPage(request.url, reply));
  fastify.get('/*', (request, reply) => sendPage(request.url, reply));
  return true;
}
