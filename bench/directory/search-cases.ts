import type { LoadedLabel } from '../shared/address-book-loader';
import { COMPANY_LINES, LAST_NAMES } from '../shared/sample-names';

/** Query parameters of GET /v1/institutions/{id}/contacts (a list repeats the parameter). */
export type ListQuery = Record<string, string | string[]>;

export interface SearchCase {
  name: string;
  /** The query of the nth request of the case: varied, so a request is not the previous one again. */
  query(round: number): ListQuery;
  /** Measure the second page (following the first page's cursor) rather than the first. */
  secondPage?: boolean;
}

export interface SamplePerson {
  firstName: string;
  lastName: string;
  email: string;
}

export const PAGE_SIZE = 50;

/** Swaps two letters in the middle, as a hurried typist does: a search that finds nothing. */
function typo(word: string): string {
  const at = Math.floor(word.length / 2) - 1;
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/** `maria.garcia48213@gmail.com` → `garcia482`: the part of an address someone remembers. */
function emailFragment(email: string): string {
  const local = email.split('@')[0];
  return local.slice(local.indexOf('.') + 1, -2);
}

/**
 * What staff do with the address book, as queries: the first page, searches by a common last name (whole, or its
 * first letters as they are typed), a company word, an email fragment, a full name, a typo; searches with a label or
 * a source; a label alone; the unlinked by name; the newest first; by email; the next page of a search.
 */
export function searchCases(people: SamplePerson[], labels: LoadedLabel[]): SearchCase[] {
  const of = <T>(list: T[], round: number): T => list[round % list.length];
  const commonLastNames = LAST_NAMES.slice(0, 5);
  const busyLabels = labels.slice(0, 8).map((label) => label.id);
  return [
    { name: 'first page, by name', query: () => ({}) },
    { name: 'q: common last name', query: (round) => ({ q: of(commonLastNames, round) }) },
    {
      name: 'q: first letters, as typed',
      query: (round) => ({ q: of(commonLastNames, round).slice(0, 3) }),
    },
    { name: 'q: company word', query: (round) => ({ q: of(COMPANY_LINES, round) }) },
    { name: 'q: email fragment', query: (round) => ({ q: emailFragment(of(people, round).email) }) },
    {
      name: 'q: first and last name',
      query: (round) => ({ q: `${of(people, round).firstName} ${of(people, round).lastName}` }),
    },
    { name: 'q: typo, no match', query: (round) => ({ q: typo(of(commonLastNames, round)) }) },
    {
      name: 'q + label',
      query: (round) => ({ q: of(commonLastNames, round), labelId: of(busyLabels, round) }),
    },
    {
      name: 'q + source',
      query: (round) => ({ q: of(COMPANY_LINES, round), source: 'career_fair' }),
    },
    { name: 'label only, by name', query: (round) => ({ labelId: of(busyLabels, round) }) },
    { name: 'not linked, by name', query: () => ({ linked: 'false', sort: 'name' }) },
    { name: 'newest first', query: () => ({ sort: '-createdAt' }) },
    { name: 'by email', query: () => ({ sort: 'email' }) },
    {
      name: 'page 2 of q: common last name',
      query: (round) => ({ q: of(commonLastNames, round) }),
      secondPage: true,
    },
  ];
}
