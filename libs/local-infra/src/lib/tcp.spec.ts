import { createServer, type Server } from 'node:net';
import { freePort, isPortFree } from './free-port';
import { isTcpReachable } from './tcp';

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.end());
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port }, () => resolve(server));
  });
}

describe('freePort and isTcpReachable', () => {
  it('gives a port nothing answers on, which answers once something listens', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    expect(port).toBeLessThan(65536);
    expect(await isPortFree(port)).toBe(true);
    expect(await isTcpReachable('127.0.0.1', port)).toBe(false);

    const server = await listen(port);
    try {
      expect(await isTcpReachable('127.0.0.1', port)).toBe(true);
      expect(await isPortFree(port)).toBe(false);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(await isTcpReachable('127.0.0.1', port)).toBe(false);
  });

  it('gives different ports to concurrent callers', async () => {
    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    expect(new Set(ports).size).toBe(3);
  });

  it('answers false within the timeout for an address that drops packets', async () => {
    const started = Date.now();
    // 192.0.2.0/24 is reserved for documentation: nothing answers there.
    expect(await isTcpReachable('192.0.2.1', 4222, 200)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
