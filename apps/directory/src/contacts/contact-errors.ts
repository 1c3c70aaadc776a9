import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  UnavailableError,
  UnprocessableError,
} from '@careers/messaging';
import { CONTACT_LABELS_MAX } from '@careers/contracts';
import type { Contact } from './contact.entity';

export class ContactNotFound extends NotFoundError {
  constructor(contactId: string) {
    super('contact_not_found', `No contact ${contactId} in this institution.`);
  }
}

/** Names the contact that already has the email, so the caller can go to it. */
export class ContactEmailTaken extends ConflictError {
  constructor(existing: Contact) {
    super(
      'contact_email_taken',
      `${existing.firstName} ${existing.lastName} (contact ${existing.id}) already has the email ${existing.email}.`,
      [{ field: 'email', message: `belongs to the contact ${existing.id}` }],
    );
  }
}

/** The contact would carry more labels than a contact may; nothing was put on it. */
export class ContactLabelLimit extends ConflictError {
  constructor(contactId: string, held: number, adding: number) {
    super(
      'contact_label_limit',
      `The contact ${contactId} carries ${held} labels; ${adding} more would pass the ${CONTACT_LABELS_MAX} a contact may carry. Take some off first.`,
    );
  }
}

export class UnknownCompany extends UnprocessableError {
  constructor(companyId: string) {
    super('unknown_company', `No company ${companyId}.`, [
      { field: 'companyId', message: 'is not a company' },
    ]);
  }
}

export class InvalidCursor extends InvalidInputError {
  constructor(reason: string) {
    super([{ field: 'cursor', message: reason }], 'The cursor is not one this list gave.');
  }
}

export class TooManySearchWords extends InvalidInputError {
  constructor(words: number, most: number) {
    super(
      [{ field: 'q', message: `q has ${words} words; a search takes at most ${most}` }],
      'The search has too many words.',
    );
  }
}

export class SearchWordTooShort extends InvalidInputError {
  constructor(word: string, least: number) {
    super(
      [{ field: 'q', message: `q's word "${word}" is shorter than ${least} letters or digits` }],
      `Each word of a search needs at least ${least} letters or digits.`,
    );
  }
}

/**
 * PostgreSQL stopped a read of the address book at its time limit. A 503, not a 4xx: the request is sound, and whether
 * it finishes in time depends on the address book's size and the database's load at that moment, so the same request
 * may well succeed later; a 4xx would tell the client that the request itself is wrong and must not be repeated. Not a
 * 504 either, which says a service did not answer at all.
 */
export class ContactQueryTooSlow extends UnavailableError {
  constructor(timeoutMs: number) {
    super(
      'contact_query_too_slow',
      `Finding these contacts took longer than ${timeoutMs} ms, the most the directory allows: narrow the filter (a label, a company, more search words) or try again later.`,
    );
  }
}
