import { AppProcess, freePort, NatsServerProcess, REPO_ROOT } from '@careers/testing';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PASSWORD = 'the-right-nats-password';

/** Starts the gateway against the NATS server and returns whether it became ready (the app is stopped after). */
async function gatewayReady(nats: NatsServerProcess, env: Record<string, string>): Promise<boolean> {
  const app = new AppProcess(
    'gateway',
    1,
    await freePort(),
    await freePort(),
    { NODE_ENV: 'test', NATS_URL: nats.url, ...env },
    join(REPO_ROOT, 'tmp/test-logs', `nats-credentials-${Date.now()}`),
  );
  try {
    await app.start();
    return true;
  } finally {
    await app.stop();
  }
}

/** Runs the gateway until it exits by itself, as a platform team would see it. */
async function gatewayRefusal(nats: NatsServerProcess, env: Record<string, string>) {
  const port = String(await freePort());
  return spawnSync(process.execPath, [AppProcess.mainFile('gateway')], {
    env: { PATH: process.env['PATH'] ?? '', NATS_URL: nats.url, PORT: port, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('NATS credentials', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nats-credentials-'));
  let nats: NatsServerProcess;

  beforeAll(async () => {
    nats = await NatsServerProcess.start({
      storeDir: join(dir, 'store'),
      args: ['--user', 'gateway', '--pass', PASSWORD],
    });
  });

  afterAll(async () => {
    await nats?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('connects with the right user and password', async () => {
    expect(await gatewayReady(nats, { NATS_USER: 'gateway', NATS_PASSWORD: PASSWORD })).toBe(true);
  });

  it('refuses to start with a wrong password, saying why and where, and never printing it', async () => {
    const result = await gatewayRefusal(nats, { NATS_USER: 'gateway', NATS_PASSWORD: 'a-wrong-password' });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Cannot connect to NATS at ${nats.url}`);
    expect(result.stderr).toMatch(/authorization violation/i);
    expect(`${result.stdout}${result.stderr}`).not.toContain('a-wrong-password');
  });
});

const openssl = spawnSync('openssl', ['version']).status === 0;

(openssl ? describe : describe.skip)('NATS over TLS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nats-tls-'));
  const cert = join(dir, 'server.pem');
  const key = join(dir, 'server-key.pem');
  let nats: NatsServerProcess;

  beforeAll(async () => {
    // A throwaway self-signed certificate for 127.0.0.1: the apps trust it only when given it as NATS_TLS_CA.
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ]);
    if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr.toString()}`);
    nats = await NatsServerProcess.start({
      storeDir: join(dir, 'store'),
      args: ['--tls', '--tlscert', cert, '--tlskey', key],
    });
  });

  afterAll(async () => {
    await nats?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('connects when told to trust the server’s certificate', async () => {
    expect(await gatewayReady(nats, { NATS_TLS_CA: cert })).toBe(true);
  });
});
