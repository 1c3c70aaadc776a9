import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';

/** Argon2id with OWASP's recommended minimum: 19 MiB of memory, 2 iterations, 1 degree of parallelism. */
const OWASP_ARGON2ID = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /** A hash of nothing anyone knows: checked when there is no user, so a wrong email costs what a wrong password does. */
  private readonly decoy = argon2.hash(randomBytes(32), OWASP_ARGON2ID);

  hash(password: string): Promise<string> {
    return argon2.hash(password, OWASP_ARGON2ID);
  }

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.decoy), password);
    } catch {
      return false;
    }
  }
}
