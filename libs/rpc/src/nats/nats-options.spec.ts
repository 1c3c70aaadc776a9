import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nkeys } from 'nats';
import { natsConnectionOptions, NatsSettings } from './nats-options';

const plain: NatsSettings = { servers: 'nats://a:4222, nats://b:4222', streamReplicas: 1 };
const user = nkeys.createUser();
const SEED = new TextDecoder().decode(user.getSeed());

describe('natsConnectionOptions', () => {
  it('lists every server, names the connection and reconnects for ever, with no credentials or TLS when none is set', () => {
    const options = natsConnectionOptions(plain, 'directory');

    expect(options).toEqual({
      servers: ['nats://a:4222', 'nats://b:4222'],
      name: 'directory',
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
    });
  });

  it('passes a user and password, or a token, as the client takes them', () => {
    expect(natsConnectionOptions({ ...plain, auth: { user: 'app', password: 'secret' } })).toMatchObject({
      user: 'app',
      pass: 'secret',
    });
    expect(natsConnectionOptions({ ...plain, auth: { token: 't0ken' } })).toMatchObject({ token: 't0ken' });
  });

  it('signs the server nonce with an NKey seed given as a value or in a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nats-options-'));
    const seedFile = join(dir, 'user.nk');
    writeFileSync(seedFile, `${SEED}\n`);

    for (const auth of [{ nkeySeed: SEED }, { nkeySeedFile: seedFile }]) {
      const { authenticator } = natsConnectionOptions({ ...plain, auth });
      const answer = (authenticator as (nonce?: string) => { nkey?: string; sig?: string })('a-nonce');

      expect(answer.nkey).toBe(user.getPublicKey());
      expect(answer.sig).toEqual(expect.any(String));
    }
  });

  it('reads a credentials file at each connect, so a rotated one is used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nats-options-'));
    const creds = join(dir, 'app.creds');
    writeFileSync(creds, 'not yet');
    const { authenticator } = natsConnectionOptions({ ...plain, auth: { credsFile: creds } });
    writeFileSync(creds, credsFile('eyJhbGciOiJlZDI1NTE5LW5rZXkifQ.e30.sig', SEED));

    const answer = (authenticator as (nonce?: string) => { jwt?: string })('a-nonce');

    expect(answer.jwt).toBe('eyJhbGciOiJlZDI1NTE5LW5rZXkifQ.e30.sig');
  });

  it('asks for TLS with the files given', () => {
    const tls = {
      caFile: '/etc/nats/ca.pem',
      certFile: '/etc/nats/app.pem',
      keyFile: '/etc/nats/app-key.pem',
    };

    expect(natsConnectionOptions({ ...plain, tls }).tls).toEqual(tls);
  });
});

function credsFile(jwt: string, seed: string): string {
  return [
    '-----BEGIN NATS USER JWT-----',
    jwt,
    '------END NATS USER JWT------',
    '',
    '-----BEGIN USER NKEY SEED-----',
    seed,
    '------END USER NKEY SEED------',
    '',
  ].join('\n');
}
