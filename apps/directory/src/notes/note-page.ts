import type { EntityManager } from '@mikro-orm/postgresql';
import type { ListNotesQuery, NotePageReply } from '@careers/contracts';
import { userNames, withinPageBudget } from '@careers/messaging';
import type { Contact } from '../contacts/contact.entity';
import { decodeCursor, encodeCursor } from '../contacts/contact-cursor';
import { InvalidCursor } from '../contacts/contact-errors';
import { UserReplica } from '../linking/user-replica.entity';
import { Note } from './note.entity';

const DEFAULT_LIMIT = 25;

/** Notes come newest first, like the contact list's `-createdAt` sort, whose cursor they share. */
const NEWEST_FIRST = '-createdAt';

/**
 * A page of a contact's notes, newest first (then by id, so that the order is total), after the cursor's note. A
 * page stops early when the next note would take the reply past the page budget (a note is up to ten thousand
 * characters); `nextCursor` then goes on from the last note given.
 */
export async function notePage(
  em: EntityManager,
  contact: Contact,
  query: ListNotesQuery,
): Promise<NotePageReply> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const qb = em.createQueryBuilder(Note, 'n').select('*').where({ contact: contact.id });
  if (query.cursor) {
    const { after } = decodeCursor(query.cursor, NEWEST_FIRST);
    const known = await em.count(Note, { id: after, contact: contact.id });
    if (known === 0) throw new InvalidCursor('cursor points at no note of this contact');
    qb.andWhere(
      `(n.created_at, n.id) < (select a.created_at, a.id from "${em.config.get('schema')}"."contact_note" a where a.id = ?)`,
      [after],
    );
  }
  const notes = await qb
    .orderBy({ createdAt: 'desc', id: 'desc' })
    .limit(limit + 1)
    .getResult();
  const page = notes.slice(0, limit);
  const names = await userNames(
    em,
    page.map((note) => note.authorId),
    UserReplica,
  );
  const items = withinPageBudget(page.map((note) => note.toReply(names.get(note.authorId) ?? null)));
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      notes.length > items.length && last ? encodeCursor({ sort: NEWEST_FIRST, after: last.id }) : null,
  };
}
