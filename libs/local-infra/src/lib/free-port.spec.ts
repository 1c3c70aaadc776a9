import { createServer } from 'node:net';
import { freePort, isPortFree } from './free-port';

describe('freePort', () => {
  it('hands out distinct free ports below the ephemeral range outgoing connections use', async () => {
    const ports = await Promise.all(Array.from({ length: 50 }, () => freePort()));

    expect(new Set(ports).size).toBe(ports.length);
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(20000);
      expect(port).toBeLessThan(32768);
    }
    expect(await Promise.all(ports.map(isPortFree))).toEqual(ports.map(() => true));
  });

  it('finds a port taken by a listener not free', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
    const address = server.address();
    try {
      expect(await isPortFree(typeof address === 'object' && address ? address.port : 0)).toBe(false);
    } finally {
      server.close();
    }
  });
});
