import { Logger } from '@nestjs/common';
import { calculateJwkThumbprint, exportJWK, importPKCS8, KeyLike } from 'jose';
import { createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import type { PublicJwk } from '@careers/contracts';

export const TOKEN_ALGORITHM = 'EdDSA';

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  /** The public keys tokens are verified with: the current key's first, then the previous ones still published. */
  publishedKeys: PublicJwk[];
}

/**
 * The access-token signing key, from ACCESS_TOKEN_PRIVATE_KEY or a fresh development key (with a warning), and the
 * previous keys' public halves (ACCESS_TOKEN_PREVIOUS_PUBLIC_KEYS), published with it while their tokens live.
 */
export async function loadSigningKey(
  pem: string | undefined,
  previousPublicPems: string[],
): Promise<SigningKey> {
  if (!pem) {
    new Logger('SigningKey').warn(
      'ACCESS_TOKEN_PRIVATE_KEY is not set: using a development key generated for this process. ' +
        'Tokens stop working when it restarts; set the variable outside development.',
    );
  }
  const privatePem =
    pem ?? generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const privateKey = await importPKCS8(privatePem, TOKEN_ALGORITHM);
  const current = await publicJwk(createPublicKey(privatePem));
  const previous = await Promise.all(
    previousPublicPems.map((previousPem) => publicJwk(createPublicKey(previousPem))),
  );
  // A key given twice, or the current one among the previous, is published once.
  const published = new Map([current, ...previous].map((key) => [key.kid, key]));
  return { kid: current.kid, privateKey, publishedKeys: [...published.values()] };
}

async function publicJwk(key: KeyObject): Promise<PublicJwk> {
  const jwk = await exportJWK(key);
  const kid = await calculateJwkThumbprint(jwk);
  return { kty: 'OKP', crv: jwk.crv, x: jwk.x, kid, alg: TOKEN_ALGORITHM, use: 'sig' };
}
