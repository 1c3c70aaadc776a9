import { Logger } from '@nestjs/common';
import { calculateJwkThumbprint, exportJWK, importPKCS8, KeyLike } from 'jose';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { PublicJwk } from '@careers/contracts';

export const TOKEN_ALGORITHM = 'EdDSA';

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: PublicJwk;
}

/** The access-token signing key: from ACCESS_TOKEN_PRIVATE_KEY, or a fresh development key (with a warning). */
export async function loadSigningKey(pem: string | undefined): Promise<SigningKey> {
  if (!pem) {
    new Logger('SigningKey').warn(
      'ACCESS_TOKEN_PRIVATE_KEY is not set: using a development key generated for this process. ' +
        'Tokens stop working when it restarts; set the variable outside development.',
    );
  }
  const privatePem =
    pem ?? generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const privateKey = await importPKCS8(privatePem, TOKEN_ALGORITHM);
  const publicJwk = await exportJWK(createPublicKey(privatePem));
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    kid,
    privateKey,
    publicJwk: { kty: 'OKP', crv: publicJwk.crv, x: publicJwk.x, kid, alg: TOKEN_ALGORITHM, use: 'sig' },
  };
}
