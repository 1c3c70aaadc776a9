import { ApiClient, createUser, TestSystem, waitFor } from '@careers/testing';
import { generateKeyPairSync } from 'node:crypto';

function ed25519Key(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/**
 * Identity's signing key is replaced without signing anyone out: it publishes the new key with the old one's public half
 * until the old tokens expire, and the gateway takes a token of either, the new key's as soon as identity signs with
 * it; once the old key is withdrawn, the gateway refuses its tokens at its next look at identity's keys.
 */
describe('signing key rotation', () => {
  const oldKey = ed25519Key();
  const newKey = ed25519Key();
  let system: TestSystem;
  /** A gateway that asks for the keys only at start and on a key it does not know. */
  let gateway: ApiClient;
  /** One that also asks every second. */
  let refreshing: ApiClient;

  beforeAll(async () => {
    system = await TestSystem.start({
      apps: ['gateway', 'identity'],
      env: { ACCESS_TOKEN_PRIVATE_KEY: oldKey.privatePem, SIGNING_KEYS_REFRESH_SECONDS: '3600' },
    });
    gateway = system.api;
    refreshing = new ApiClient((await system.startAnotherGateway({ SIGNING_KEYS_REFRESH_SECONDS: '1' })).url);
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('accepts tokens of the old key and the new one at once, and refuses the old key’s once it is withdrawn', async () => {
    const user = await createUser(system.db);
    const oldToken = await gateway.login(user.email, user.password);
    expect((await gateway.get('/v1/me', oldToken)).status).toBe(200);
    expect((await refreshing.get('/v1/me', oldToken)).status).toBe(200);

    const identity = system.app('identity');
    await identity.stop();
    await identity.start({
      ACCESS_TOKEN_PRIVATE_KEY: newKey.privatePem,
      ACCESS_TOKEN_PREVIOUS_PUBLIC_KEYS: oldKey.publicPem,
    });
    const newToken = await gateway.login(user.email, user.password);

    expect((await gateway.get('/v1/me', newToken)).status).toBe(200);
    expect((await gateway.get('/v1/me', oldToken)).status).toBe(200);
    expect((await refreshing.get('/v1/me', oldToken)).status).toBe(200);

    await identity.stop();
    await identity.start({ ACCESS_TOKEN_PRIVATE_KEY: newKey.privatePem });

    await waitFor('the withdrawn key’s token refused', async () =>
      (await refreshing.get('/v1/me', oldToken)).status === 401 ? true : undefined,
    );
    expect((await refreshing.get('/v1/me', newToken)).status).toBe(200);
  });
});
