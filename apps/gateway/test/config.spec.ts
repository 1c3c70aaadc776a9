import { AppProcess } from '@careers/testing';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';

function start(app: 'gateway' | 'identity', env: Record<string, string>) {
  return spawnSync(process.execPath, [AppProcess.mainFile(app)], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('configuration at start', () => {
  it('stops a service at once, naming each missing or malformed variable', () => {
    const result = start('identity', {
      DATABASE_URL: 'mysql://nope',
      PORT: 'eighty',
      METRICS_PORT: '70000',
      NODE_ENV: 'production',
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL must be set to a postgres:// URL');
    expect(result.stderr).toContain('NATS_URL must be set');
    expect(result.stderr).toContain('PORT must be a whole number');
    expect(result.stderr).toContain('METRICS_PORT must be between 1 and 65535');
    expect(result.stderr).toContain('ACCESS_TOKEN_PRIVATE_KEY is required when NODE_ENV=production');
    expect(result.stderr).toContain('SINGLE_SIGN_ON_SECRET_KEY is required when NODE_ENV=production');
  });

  it('stops identity when single sign-on may reach providers over http in production, or its key is malformed', () => {
    const result = start('identity', {
      NODE_ENV: 'production',
      SINGLE_SIGN_ON_ALLOW_HTTP: 'true',
      SINGLE_SIGN_ON_SECRET_KEY: 'too-short',
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SINGLE_SIGN_ON_ALLOW_HTTP must not be true when NODE_ENV=production');
    expect(result.stderr).toContain('SINGLE_SIGN_ON_SECRET_KEY must be 32 bytes in base64');
  });

  it('stops an app at once on a malformed address for its traces', () => {
    const result = start('gateway', {
      NATS_URL: 'nats://127.0.0.1:4222',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL');
    expect(result.stderr).not.toContain('    at ');
  });

  it('stops the gateway on a malformed timeout', () => {
    const result = start('gateway', { NATS_URL: 'nats://127.0.0.1:4222', REQUEST_TIMEOUT_MS: '-5' });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('REQUEST_TIMEOUT_MS must be at least 100');
  });

  it('stops the gateway when a request’s headers may take longer than the whole request', () => {
    const result = start('gateway', {
      NATS_URL: 'nats://127.0.0.1:4222',
      HTTP_HEADERS_TIMEOUT_MS: '60000',
      HTTP_REQUEST_TIMEOUT_MS: '30000',
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('HTTP_HEADERS_TIMEOUT_MS must be at most HTTP_REQUEST_TIMEOUT_MS');
  });

  it.each([
    [
      'a path',
      'http://localhost:5173, https://example.com/app',
      'CORS_ORIGINS must be comma-separated origins',
    ],
    ['a wildcard', 'https://*.example.com', 'CORS_ORIGINS must be comma-separated origins'],
    ['an upper-case host', 'https://App.example.com', 'CORS_ORIGINS must name origins as browsers send them'],
    ['a default port', 'https://app.example.com:443', 'CORS_ORIGINS must name origins as browsers send them'],
    ['a port past 65535', 'http://localhost:70000', 'CORS_ORIGINS must name origins as browsers send them'],
  ])('stops the gateway on a CORS origin with %s', (_, origins, message) => {
    const result = start('gateway', { NATS_URL: 'nats://127.0.0.1:4222', CORS_ORIGINS: origins });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it.each([
    ['anyone (true)', 'true', 'TRUSTED_PROXIES must be a number of proxies'],
    ['a host name', 'balancer.internal', 'TRUSTED_PROXIES must be a number of proxies'],
    ['a prefix past 32 bits', '10.0.0.0/33', 'TRUSTED_PROXIES must be a number of proxies'],
    ['everyone as a range', '10.0.0.1, ::/0', 'TRUSTED_PROXIES must be a number of proxies'],
  ])('stops the gateway on trusted proxies naming %s', (_, proxies, message) => {
    const result = start('gateway', { NATS_URL: 'nats://127.0.0.1:4222', TRUSTED_PROXIES: proxies });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it('stops the gateway on the old TRUST_PROXY, naming the variable that replaced it', () => {
    const result = start('gateway', { NATS_URL: 'nats://127.0.0.1:4222', TRUST_PROXY: '1' });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('TRUST_PROXY was renamed TRUSTED_PROXIES');
  });

  it('stops identity on a previous signing key that is not an Ed25519 public key', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
      type: 'spki',
      format: 'pem',
    });
    const result = start('identity', {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      NATS_URL: 'nats://127.0.0.1:4222',
      ACCESS_TOKEN_PREVIOUS_PUBLIC_KEYS: rsa.toString(),
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'ACCESS_TOKEN_PREVIOUS_PUBLIC_KEYS must be one to five PEM Ed25519 public keys',
    );
  });

  it('requires the administrator password with the administrator email', () => {
    const result = start('identity', {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      NATS_URL: 'nats://127.0.0.1:4222',
      BOOTSTRAP_ADMIN_EMAIL: 'admin@example.test',
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('BOOTSTRAP_ADMIN_PASSWORD is required when BOOTSTRAP_ADMIN_EMAIL is set');
  });
});
