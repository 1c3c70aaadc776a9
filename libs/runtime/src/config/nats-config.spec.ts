import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from './app-config';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

const valid = { NATS_URL: 'nats://n1:4222,nats://n2:4222', PORT: '3100', METRICS_PORT: '9100' };
const dir = mkdtempSync(join(tmpdir(), 'nats-config-'));
const file = (name: string) => {
  const path = join(dir, name);
  writeFileSync(path, 'x');
  return path;
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(AppConfig, { ...valid, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('NATS configuration', () => {
  it('keeps one replica of each stream, with no credentials or TLS, by default', () => {
    expect(loadConfig(AppConfig, valid).nats).toEqual({
      servers: 'nats://n1:4222,nats://n2:4222',
      streamReplicas: 1,
    });
  });

  it('reads the replicas, between 1 and 5', () => {
    expect(loadConfig(AppConfig, { ...valid, NATS_STREAM_REPLICAS: '3' }).nats.streamReplicas).toBe(3);
    expect(problems({ NATS_STREAM_REPLICAS: '0' })).toEqual(['NATS_STREAM_REPLICAS must be between 1 and 5']);
    expect(problems({ NATS_STREAM_REPLICAS: '7' })).toEqual(['NATS_STREAM_REPLICAS must be between 1 and 5']);
    expect(problems({ NATS_STREAM_REPLICAS: 'three' })).toEqual([
      'NATS_STREAM_REPLICAS must be a whole number',
    ]);
  });

  it('takes a user and password, a token, an NKey seed or a credentials file', () => {
    const seed = `SU${'A'.repeat(56)}`;
    const creds = file('app.creds');

    expect(loadConfig(AppConfig, { ...valid, NATS_USER: 'app', NATS_PASSWORD: 'pw' }).nats.auth).toEqual({
      user: 'app',
      password: 'pw',
    });
    expect(loadConfig(AppConfig, { ...valid, NATS_TOKEN: 't' }).nats.auth).toEqual({ token: 't' });
    expect(loadConfig(AppConfig, { ...valid, NATS_NKEY_SEED: seed }).nats.auth).toEqual({ nkeySeed: seed });
    expect(loadConfig(AppConfig, { ...valid, NATS_CREDS: creds }).nats.auth).toEqual({ credsFile: creds });
  });

  it('refuses two ways to authenticate at once, naming them', () => {
    expect(problems({ NATS_USER: 'app', NATS_PASSWORD: 'pw', NATS_TOKEN: 't' })).toEqual([
      'Set one way to authenticate to NATS, not 2: NATS_USER/NATS_PASSWORD, NATS_TOKEN',
    ]);
  });

  it('refuses a user without a password, and the reverse', () => {
    expect(problems({ NATS_USER: 'app' })).toEqual(['NATS_USER and NATS_PASSWORD must be set together']);
    expect(problems({ NATS_PASSWORD: 'pw' })).toEqual(['NATS_USER and NATS_PASSWORD must be set together']);
  });

  it('refuses a malformed NKey seed without repeating it', () => {
    const found = problems({ NATS_NKEY_SEED: 'SUnot-a-seed' });

    expect(found).toEqual(['NATS_NKEY_SEED must be a user NKey seed (SU followed by 56 characters)']);
    expect(found.join()).not.toContain('not-a-seed');
  });

  it('takes TLS files, and refuses a client certificate without its key or a file it cannot read', () => {
    const tls = {
      NATS_TLS_CA: file('ca.pem'),
      NATS_TLS_CERT: file('app.pem'),
      NATS_TLS_KEY: file('app-key.pem'),
    };

    expect(loadConfig(AppConfig, { ...valid, ...tls }).nats.tls).toEqual({
      caFile: tls.NATS_TLS_CA,
      certFile: tls.NATS_TLS_CERT,
      keyFile: tls.NATS_TLS_KEY,
    });
    expect(problems({ NATS_TLS_CERT: tls.NATS_TLS_CERT })).toEqual([
      'NATS_TLS_CERT and NATS_TLS_KEY must be set together (a client certificate needs its key)',
    ]);
    expect(
      problems({ NATS_TLS_CA: join(dir, 'missing.pem'), NATS_CREDS: join(dir, 'missing.creds') }),
    ).toEqual([
      'NATS_CREDS must be the path of a file this app can read',
      'NATS_TLS_CA must be the path of a file this app can read',
    ]);
  });
});
