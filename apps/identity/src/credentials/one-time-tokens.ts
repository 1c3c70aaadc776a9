import { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../users/user.entity';
import { OneTimeToken, TokenPurpose } from './one-time-token.entity';
import { newLinkToken, secretDigest } from '@careers/mail';
import { TokenExpired, TokenInvalid, TokenUsed } from './token-errors';

/** How long each kind of link works. */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
  set_password: 7 * 24 * 60 * 60 * 1000,
  confirm_email_change: 24 * 60 * 60 * 1000,
};

/**
 * Issues a link token for the user and purpose, replacing the earlier ones of that purpose (only the newest link
 * works). Returns the secret to put in the link; only its digest is stored.
 */
export async function issueToken(em: EntityManager, user: User, purpose: TokenPurpose): Promise<string> {
  await withdrawTokens(em, user, purpose);
  const secret = newLinkToken();
  em.persist(
    new OneTimeToken(user, purpose, secretDigest(secret), new Date(Date.now() + TOKEN_LIFETIME_MS[purpose])),
  );
  return secret;
}

/** The user's unused links of that purpose (of every purpose when none is named) stop working. */
export async function withdrawTokens(em: EntityManager, user: User, purpose?: TokenPurpose): Promise<void> {
  await em.nativeDelete(OneTimeToken, { user, usedAt: null, ...(purpose ? { purpose } : {}) });
}

/** The account a link token is for: its id and email. */
export interface TokenHolder {
  userId: string;
  email: string;
}

/**
 * The account a link token is for, read without loading anything (so locks can be taken on it before the token and
 * the account are read); undefined for an unknown token.
 */
export async function tokenHolder(
  em: EntityManager,
  purpose: TokenPurpose,
  secret: string,
): Promise<TokenHolder | undefined> {
  const schema = em.config.get('schema') as string;
  const [row] = await em.execute<Array<{ id: string; email: string }>>(
    `select u."id", u."email" from "${schema}"."one_time_token" t
      join "${schema}"."user_account" u on u."id" = t."user_id"
      where t."digest" = ? and t."purpose" = ?`,
    [secretDigest(secret), purpose],
  );
  return row && { userId: row.id, email: row.email };
}

/** Uses a link token once (within the caller's transaction): marks it used, or says why it cannot be used. */
export async function redeemToken(
  em: EntityManager,
  purposes: readonly TokenPurpose[],
  secret: string,
): Promise<OneTimeToken> {
  const token = await em.findOne(
    OneTimeToken,
    { digest: secretDigest(secret), purpose: { $in: [...purposes] } },
    { populate: ['user'] },
  );
  if (!token) throw new TokenInvalid();
  if (token.usedAt) throw new TokenUsed();
  if (token.expiresAt.getTime() <= Date.now()) throw new TokenExpired();
  // A conditional update, so that two requests racing with the same link cannot both use it.
  const usedAt = new Date();
  if ((await em.nativeUpdate(OneTimeToken, { id: token.id, usedAt: null }, { usedAt })) === 0)
    throw new TokenUsed();
  token.usedAt = usedAt;
  return token;
}
