import { Logger } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const VERSION = 'v1';

/** Seals the institutions' client secrets with AES-256-GCM, so that a copy of the database does not give them away. */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  /** From SINGLE_SIGN_ON_SECRET_KEY, or a fixed development key (with a warning) where it is not set. */
  static fromConfig(base64Key: string | undefined): SecretBox {
    if (base64Key) return new SecretBox(Buffer.from(base64Key, 'base64'));
    new Logger('SecretBox').warn(
      'SINGLE_SIGN_ON_SECRET_KEY is not set: single sign-on client secrets are sealed with a development key. ' +
        'Set the variable outside development.',
    );
    // Fixed, not random, so that the secrets stored on a developer's machine survive a restart.
    return new SecretBox(createHash('sha256').update('careers development single sign-on key').digest());
  }

  /** `v1.<iv>.<tag>.<ciphertext>`, base64url; the institution's id is bound in, so a sealed value cannot be moved. */
  seal(secret: string, institutionId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    cipher.setAAD(Buffer.from(institutionId));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [VERSION, ...[iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url'))].join(
      '.',
    );
  }

  open(sealed: string, institutionId: string): string {
    const [, iv, tag, ciphertext] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv(ALGORITHM, this.key, iv);
    decipher.setAAD(Buffer.from(institutionId));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  }
}
