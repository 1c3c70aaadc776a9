import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import { freePort } from './free-port';
import { findNatsServerBinary } from './nats-server-binary';
import { NatsServerProcess } from './nats-server-process';
import { isTcpReachable } from './tcp';

describe('NatsServerProcess', () => {
  let dir: string;
  let server: NatsServerProcess | undefined;

  beforeAll(() => {
    if (!findNatsServerBinary()) {
      throw new Error('these tests need a nats-server binary on PATH or in NATS_SERVER_BIN');
    }
  });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'local-infra-nats-'));
  });

  afterEach(async () => {
    await server?.stop();
    server = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  it('starts a private server on a free port that answers, and stops it', async () => {
    server = await NatsServerProcess.start({
      storeDir: join(dir, 'store'),
      logFile: join(dir, 'nats.log'),
    });
    expect(server.url).toBe(`nats://127.0.0.1:${server.port}`);
    expect(await isTcpReachable('127.0.0.1', server.port)).toBe(true);

    const connection = await connect({ servers: server.url });
    await connection.flush();
    await connection.close();

    await server.stop();
    expect(await isTcpReachable('127.0.0.1', server.port)).toBe(false);
    expect(await readFile(join(dir, 'nats.log'), 'utf8')).toContain('Server is ready');
    await server.stop(); // stopping twice is harmless
  });

  it('restarts on the same port and keeps JetStream data', async () => {
    const port = await freePort();
    server = await NatsServerProcess.start({ port, storeDir: join(dir, 'store') });
    expect(server.port).toBe(port);

    const before = await connect({ servers: server.url });
    const jsm = await before.jetstreamManager();
    await jsm.streams.add({ name: 'KEEP', subjects: ['keep.>'] });
    await before.jetstream().publish('keep.one', new TextEncoder().encode('hello'));
    await before.close();

    await server.restart();
    expect(server.port).toBe(port);
    expect(server.url).toBe(`nats://127.0.0.1:${port}`);
    expect(await isTcpReachable('127.0.0.1', port)).toBe(true);

    const after = await connect({ servers: server.url });
    const info = await (await after.jetstreamManager()).streams.info('KEEP');
    expect(info.state.messages).toBe(1);
    await after.close();
  });

  it('fails clearly when its port is taken', async () => {
    server = await NatsServerProcess.start({ storeDir: join(dir, 'one') });
    await expect(NatsServerProcess.start({ port: server.port, storeDir: join(dir, 'two') })).rejects.toThrow(
      `127.0.0.1:${server.port}: the port is in use`,
    );
  });
});
