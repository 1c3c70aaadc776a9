import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ContactPageReply, ListContactsCommand } from '@careers/contracts';
import { withinPageBudget } from '@careers/messaging';
import { InstitutionGuard } from '../institutions/institution-guard';
import { Contact, ContactFields, contactReply } from './contact.entity';
import { labelsOfContacts } from './contact-labels';
import { decodeCursor, encodeCursor } from './contact-cursor';
import { InvalidCursor } from './contact-errors';
import { searchWords } from './contact-filter';
import { contactPageQuery, PageRequest, PageShape } from './contact-page-query';
import { runPage, runPageWord } from './contact-run-page';
import { wordStartingRun } from './search-bunching';

const DEFAULT_LIMIT = 25;

/**
 * Matches in the window of the order that make walking on worth it: at this density (0.5%) a page of 50 is within
 * about ten thousand contacts of the order, less work than fetching and sorting the thousands of matches of a run.
 */
const DENSE_IN_WINDOW = 10;

/** The address book's list: filtered, searched, in a stable order, a page at a time after a cursor. */
@Injectable()
export class ContactSearch {
  constructor(private readonly institutions: InstitutionGuard) {}

  async list(em: EntityManager, query: ListContactsCommand): Promise<ContactPageReply> {
    await this.institutions.mustExist(em, query.institutionId);
    const sort = query.sort ?? 'name';
    const limit = query.limit ?? DEFAULT_LIMIT;
    const request: PageRequest = { query, sort, limit };
    if (query.cursor) {
      const { after } = decodeCursor(query.cursor, sort);
      const known = await em.count(Contact, { id: after, institutionId: query.institutionId });
      if (known === 0) throw new InvalidCursor('cursor points at no contact of this institution');
      request.after = after;
    }
    const rows = await this.page(em, request);
    const contacts = rows.slice(0, limit);
    const labels = await labelsOfContacts(
      em,
      contacts.map((contact) => contact.id),
    );
    // Labels are many and long on some contacts: a page stops early rather than outgrow one reply.
    const items = withinPageBudget(
      contacts.map((contact) => contactReply(contact, labels.get(contact.id) ?? [])),
    );
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > items.length && last ? encodeCursor({ sort, after: last.id }) : null,
    };
  }

  /**
   * A search whose matches may bunch in the order (see wordStartingRun): in name order, a word of letters takes the
   * run page (the run, and the matches outside it, merged). Otherwise the next contacts of the order are looked at
   * first, where a walk would start. When matches are dense there ("mar" as it is typed also finds Maria and Marine
   * Analytics) the page is there or a short walk away; when they are not, every match is found by the trigram index
   * and sorted.
   */
  private async page(em: EntityManager, request: PageRequest): Promise<ContactFields[]> {
    const words = searchWords(request.query.q);
    const run = await wordStartingRun(em, request.query, request.sort, words);
    if (!run) return pageRows(em, request, 'planned');
    if (run.order === 'sortName' && runPageWord(run.word)) return runPage(em, request, run.word);
    const windowed = await pageRows(em, request, 'window');
    if (windowed.length > request.limit) return windowed;
    const shape = windowed.length >= DENSE_IN_WINDOW ? 'planned' : 'matchesFirst';
    return pageRows(em, request, shape);
  }
}

/**
 * The page's contacts as rows (properties named as the entity's), not entities: a list only reads, and making fifty
 * entities with their labels and registering them with the unit of work cost more than the query.
 */
function pageRows(em: EntityManager, request: PageRequest, shape: PageShape): Promise<ContactFields[]> {
  return contactPageQuery(em, request, shape).execute<ContactFields[]>('all');
}
