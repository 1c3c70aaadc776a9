import type { FilterQuery } from '@mikro-orm/core';
import type { Institution } from './institution.entity';
import { TooManyNameWords } from './institution-errors';

/** More words than this narrow nothing a person would type (as many as a search of the address book takes). */
export const MAX_NAME_SEARCH_WORDS = 8;

/**
 * The words of a search of institutions: lower-cased, split at anything that is not a letter or a digit, each once.
 * A single letter is a word too ("Texas A&M"): institutions are few, and no index is read by word.
 */
export function nameSearchWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = [
    ...new Set(
      q
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ];
  if (words.length > MAX_NAME_SEARCH_WORDS) throw new TooManyNameWords(words.length, MAX_NAME_SEARCH_WORDS);
  return words;
}

/**
 * Institutions whose name has, for each word, a word that begins with it: `state univ` finds "Ohio State
 * University", `tate` does not. The name key is compared as the database splits words (at anything not
 * `[:alnum:]`, as the address book's search does). A word is letters and digits only, so it is a literal in the
 * pattern. Institutions are few: the list walks its name order and tests each name, and needs no index of words.
 */
export function nameMatching(words: string[]): FilterQuery<Institution> {
  if (!words.length) return {};
  return { $and: words.map((word) => ({ nameKey: { $re: `(^|[^[:alnum:]])${word}` } })) };
}
