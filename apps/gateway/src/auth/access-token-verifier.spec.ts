import { calculateJwkThumbprint, exportJWK, SignJWT } from 'jose';
import { generateKeyPairSync, KeyObject } from 'node:crypto';
import type { PublicJwk, SigningKeysReply } from '@careers/contracts';
import type { ServiceClient } from '@careers/rpc';
import type { GatewayConfig } from '../gateway.config';
import { AccessTokenVerifier } from './access-token-verifier';

interface Key {
  privateKey: KeyObject;
  jwk: PublicJwk;
}

async function newKey(): Promise<Key> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, jwk: { kty: 'OKP', crv: jwk.crv, x: jwk.x, kid, alg: 'EdDSA', use: 'sig' } };
}

function tokenOf(key: Key): Promise<string> {
  return new SignJWT({ email: 'someone@example.test', userType: 'student', memberships: {} })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.jwk.kid })
    .setSubject('user-1')
    .setIssuer('identity')
    .setAudience('careers')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key.privateKey);
}

/** Identity as the verifier sees it: the keys it publishes now, and how often it was asked. */
class FakeIdentity {
  published: PublicJwk[] = [];
  asked = 0;
  down = false;

  readonly client = {
    request: async (): Promise<SigningKeysReply> => {
      this.asked += 1;
      if (this.down) throw new Error('identity is away');
      return { keys: [...this.published], issuer: 'identity', audience: 'careers' };
    },
  } as unknown as ServiceClient;
}

describe('AccessTokenVerifier', () => {
  const config = { SIGNING_KEYS_REFRESH_SECONDS: 3600 } as GatewayConfig;

  it('accepts a token of a key identity started publishing after the last fetch, asking once for many', async () => {
    const identity = new FakeIdentity();
    const [oldKey, rotated] = [await newKey(), await newKey()];
    identity.published = [oldKey.jwk];
    const verifier = new AccessTokenVerifier(identity.client, config);
    await verifier.verify(await tokenOf(oldKey));

    identity.published = [rotated.jwk, oldKey.jwk];
    const token = await tokenOf(rotated);
    const callers = await Promise.all([
      verifier.verify(token),
      verifier.verify(token),
      verifier.verify(token),
    ]);

    expect(callers.map((caller) => caller.userId)).toEqual(['user-1', 'user-1', 'user-1']);
    expect(identity.asked).toBe(2);
  });

  it('refuses a token of a key identity does not publish', async () => {
    const identity = new FakeIdentity();
    const [known, unknown] = [await newKey(), await newKey()];
    identity.published = [known.jwk];
    const verifier = new AccessTokenVerifier(identity.client, config);

    await expect(verifier.verify(await tokenOf(unknown))).rejects.toThrow('The access token is missing');
  });

  it('keeps the last keys when asking identity again fails', async () => {
    const identity = new FakeIdentity();
    const [known, unknown] = [await newKey(), await newKey()];
    identity.published = [known.jwk];
    const verifier = new AccessTokenVerifier(identity.client, config);
    await verifier.verify(await tokenOf(known));
    identity.down = true;

    await expect(verifier.verify(await tokenOf(unknown))).rejects.toThrow('identity is away');
    expect((await verifier.verify(await tokenOf(known))).userId).toBe('user-1');
  });
});
