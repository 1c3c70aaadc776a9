import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOrStartNats } from './find-or-start-nats';
import { findOrStartPostgres } from './find-or-start-postgres';
import { freePort } from './free-port';
import { findNatsServerBinary } from './nats-server-binary';
import { NatsServerProcess } from './nats-server-process';

const log = (): void => undefined;

describe('findOrStartNats', () => {
  it('uses NATS_URL as it is when it answers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'local-infra-'));
    const server = await NatsServerProcess.start({ storeDir: dir });
    try {
      const nats = await findOrStartNats({ natsUrl: server.url, storeDir: dir, log });
      expect(nats).toMatchObject({ url: server.url, started: false });
      await nats.stop(); // not started here: stays up
      expect(await findOrStartNats({ natsUrl: server.url, storeDir: dir, log })).toBeDefined();
    } finally {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names NATS_URL when it does not answer', async () => {
    const port = await freePort();
    await expect(
      findOrStartNats({ natsUrl: `nats://127.0.0.1:${port}`, storeDir: tmpdir(), log }),
    ).rejects.toThrow(/^NATS_URL=nats:\/\/127\.0\.0\.1:\d+: no server answers/);
  });
});

describe('findOrStartPostgres', () => {
  it('names DATABASE_URL (without its password) when it does not answer', async () => {
    const port = await freePort();
    const attempt = findOrStartPostgres({
      databaseUrl: `postgres://me:secret@127.0.0.1:${port}/app`,
      dataDir: tmpdir(),
      database: 'app',
      log,
    });
    await expect(attempt).rejects.toThrow(
      `DATABASE_URL=postgres://me:***@127.0.0.1:${port}/app: nothing answers`,
    );
  });
});

describe('findNatsServerBinary', () => {
  const saved = process.env['NATS_SERVER_BIN'];
  afterEach(() => {
    if (saved === undefined) delete process.env['NATS_SERVER_BIN'];
    else process.env['NATS_SERVER_BIN'] = saved;
  });

  it('prefers NATS_SERVER_BIN when it is an executable file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'local-infra-'));
    const fake = join(dir, 'my-nats-server');
    await writeFile(fake, '#!/bin/sh\n');
    await chmod(fake, 0o755);
    try {
      process.env['NATS_SERVER_BIN'] = fake;
      expect(findNatsServerBinary()).toBe(fake);
      process.env['NATS_SERVER_BIN'] = join(dir, 'missing');
      expect(findNatsServerBinary()).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
