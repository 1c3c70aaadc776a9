import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  CreatedScimTokenReply,
  CreateScimTokenCommand,
  ScimTokenCommand,
  ScimTokenListReply,
  ScimTokenReply,
  ScimTokenScope,
} from '@careers/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { ScimTokenInvalid, ScimTokenNotFound, ScimTokensLimit } from './scim-errors';
import { ScimToken } from './scim-token.entity';

/** Its prefix tells a leaked token for what it is (secret scanners key on such prefixes). */
const TOKEN_PREFIX = 'scim_';

/** How stale `lastUsedAt` may be: a busy provider does not write the token's row on every request. */
const LAST_USED_PRECISION_MS = 60_000;

/** The most tokens in use an institution holds at once; revoked ones are listed too, the newest first. */
const TOKENS_MAX = 20;
const LISTED_MAX = 100;

function digestOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Bearer tokens for a school's identity provider: made, listed and revoked by its administrators, resolved per call. */
@Injectable()
export class ScimTokens {
  async create(em: EntityManager, command: CreateScimTokenCommand): Promise<CreatedScimTokenReply> {
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const made = new ScimToken(
      command.institutionId,
      command.label.trim(),
      command.userType,
      digestOf(token),
      command.actorId,
    );
    await em.transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`scim-tokens:${command.institutionId}`]);
      const held = await tx.count(ScimToken, { institutionId: command.institutionId, revokedAt: null });
      if (held >= TOKENS_MAX) throw new ScimTokensLimit(TOKENS_MAX);
      tx.persist(made);
    });
    return { ...made.toReply(), token };
  }

  async list(em: EntityManager, institutionId: string): Promise<ScimTokenListReply> {
    const tokens = await em.find(
      ScimToken,
      { institutionId },
      { orderBy: { createdAt: 'desc', id: 'asc' }, limit: LISTED_MAX },
    );
    return { items: tokens.map((token) => token.toReply()) };
  }

  /** Revoking is immediate: the gateway resolves the token on every SCIM request. Revoking twice changes nothing. */
  async revoke(em: EntityManager, command: ScimTokenCommand): Promise<ScimTokenReply> {
    const token = await em.findOne(ScimToken, { id: command.tokenId, institutionId: command.institutionId });
    if (!token) throw new ScimTokenNotFound(command.tokenId);
    token.revokedAt ??= new Date();
    await em.flush();
    return token.toReply();
  }

  async resolve(em: EntityManager, secret: string): Promise<ScimTokenScope> {
    const token = await em.findOne(ScimToken, { digest: digestOf(secret), revokedAt: null });
    if (!token) throw new ScimTokenInvalid();
    const now = new Date();
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
      await em.nativeUpdate(ScimToken, { id: token.id }, { lastUsedAt: now });
    }
    return { tokenId: token.id, institutionId: token.institutionId, userType: token.userType };
  }
}
