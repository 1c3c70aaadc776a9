import { InvalidInputError } from '@careers/messaging';
import { MAX_SEARCH_WORDS, searchWords } from './contact-filter';

describe('searchWords', () => {
  it('splits what is typed at spaces and punctuation, lower-cased, each word once', () => {
    expect(searchWords('  Ada   LOV ')).toEqual(['ada', 'lov']);
    expect(searchWords('maria.garcia48213@Gmail.com')).toEqual(['maria', 'garcia48213', 'gmail', 'com']);
    expect(searchWords("O'Brien-Smith smith")).toEqual(['o', 'brien', 'smith']);
    expect(searchWords('Müller 漢字')).toEqual(['müller', '漢字']);
  });

  it('finds no word in text without letters or digits', () => {
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords("%_\\ '; --")).toEqual([]);
  });

  it(`refuses more than ${MAX_SEARCH_WORDS} words, naming q`, () => {
    expect(searchWords('a b c d e f g h')).toHaveLength(MAX_SEARCH_WORDS);
    expect(() => searchWords('a b c d e f g h i')).toThrow(InvalidInputError);
  });
});
