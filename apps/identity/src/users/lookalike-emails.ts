import { EntityManager } from '@mikro-orm/postgresql';
import { EmailConfusable } from './user-errors';
import { emailKey } from './email-key';
import { emailSkeleton, isAsciiEmail } from './email-skeleton';
import { User } from './user.entity';

/**
 * Until the transaction ends, nobody else takes an address that looks like this one: two sign-ups (or a staff
 * creation and an email change) of look-alike addresses at the same moment take turns.
 */
export async function lockLookalikes(em: EntityManager, email: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`email:${emailSkeleton(email)}`]);
}

/**
 * Whether another account's address looks the same as this one (same skeleton) where either is not plain ASCII: the
 * Cyrillic `аdmin@school.edu` beside `admin@school.edu`. Two plain ASCII addresses are taken as typed (`rn` and `m`
 * are different mailboxes people really have). Call under lockLookalikes.
 */
export async function hasLookalike(em: EntityManager, email: string): Promise<boolean> {
  const key = emailKey(email);
  const others = await em.find(
    User,
    { emailSkeleton: emailSkeleton(email), emailKey: { $ne: key } },
    { fields: ['emailKey'] },
  );
  return others.some((other) => !isAsciiEmail(key) || !isAsciiEmail(other.emailKey));
}

/** Refuses the address when another account has a look-alike of it. Call under lockLookalikes. */
export async function assertNoLookalike(em: EntityManager, email: string, field: string): Promise<void> {
  if (await hasLookalike(em, email)) throw new EmailConfusable(field);
}
