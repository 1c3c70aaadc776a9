import { EntityManager } from '@mikro-orm/postgresql';
import { unclaimedMembers } from '../claims/unclaimed-members';

/**
 * A person gets at most one mail they did not ask for in this many days: an activation email, whichever send mails
 * them, or a namesake's reminder (AccountClaims).
 */
export const ACTIVATION_MAIL_INTERVAL_DAYS = 7;

const mailedLately = (em: EntityManager) =>
  `exists (select 1 from "${em.config.get('schema')}"."activation_mail" a
     where a."user_id" = u."id" and a."sent_at" > now() - interval '${ACTIVATION_MAIL_INTERVAL_DAYS} days')`;

/** The institution's unclaimed accounts: all of them, or only those an activation email would go to now. */
export async function countUnclaimed(
  em: EntityManager,
  institutionId: string,
  which: 'all' | 'mailable',
): Promise<number> {
  const [row] = await em.execute<Array<{ count: number }>>(
    `select count(*)::int as count ${unclaimedMembers(em)}${which === 'mailable' ? ` and not ${mailedLately(em)}` : ''}`,
    [institutionId],
  );
  return row.count;
}

/** The next unclaimed accounts of the institution, in the order of their ids, after the one given. */
export async function unclaimedAfter(
  em: EntityManager,
  institutionId: string,
  afterUserId: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await em.execute<Array<{ id: string }>>(
    `select u."id" ${unclaimedMembers(em)}${afterUserId ? ` and u."id" > ?` : ''} order by u."id" limit ?`,
    [institutionId, ...(afterUserId ? [afterUserId] : []), limit],
  );
  return rows.map((row) => row.id);
}

/**
 * Records a mail for each account not mailed one lately, and answers those: only they are mailed, in the caller's
 * transaction. The conditional upsert settles two sends going through the same people at once: the
 * second waits on the first's rows, then finds them mailed.
 */
export async function claimMailings(em: EntityManager, userIds: string[]): Promise<string[]> {
  if (!userIds.length) return [];
  const table = `"${em.config.get('schema')}"."activation_mail"`;
  const rows = await em.execute<Array<{ user_id: string }>>(
    `insert into ${table} as a ("user_id", "sent_at") values ${userIds.map(() => '(?::uuid, now())').join(', ')}
      on conflict ("user_id") do update set "sent_at" = excluded."sent_at"
      where a."sent_at" <= excluded."sent_at" - interval '${ACTIVATION_MAIL_INTERVAL_DAYS} days'
      returning "user_id"`,
    userIds,
  );
  return rows.map((row) => row.user_id);
}
