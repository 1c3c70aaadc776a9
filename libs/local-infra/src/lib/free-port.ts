import { createServer } from 'node:net';

/**
 * The ports handed out: below the range Linux (32768-60999), macOS and Windows (49152 and up) take the local end of an
 * outgoing connection from, so that a connection to PostgreSQL or NATS cannot take a port between the moment it is
 * found free and the moment an app listens on it.
 */
const FIRST_PORT = 20000;
const LAST_PORT = 32767;
const ATTEMPTS = 200;

/** Ports this process handed out already: two calls never answer the same one. */
const handedOut = new Set<number>();

/** A TCP port on 127.0.0.1 that nothing listens on right now, and that this process has not handed out before. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const port = FIRST_PORT + Math.floor(Math.random() * (LAST_PORT - FIRST_PORT + 1));
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free TCP port between ${FIRST_PORT} and ${LAST_PORT} after ${ATTEMPTS} tries`);
}

/** True when this process could listen on 127.0.0.1:port now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ host: '127.0.0.1', port }, () => {
      server.close(() => resolve(true));
    });
  });
}
