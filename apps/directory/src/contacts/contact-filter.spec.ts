import { InvalidInputError } from '@careers/messaging';
import { MAX_SEARCH_WORDS, MIN_SEARCH_WORD_LENGTH, searchWords } from './contact-filter';

function refusalOf(search: () => unknown): InvalidInputError {
  try {
    search();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('the search was not refused');
}

describe('searchWords', () => {
  it('splits what is typed at spaces and punctuation, lower-cased, each word once', () => {
    expect(searchWords('  Ada   LOV ')).toEqual(['ada', 'lov']);
    expect(searchWords('maria.garcia48213@Gmail.com')).toEqual(['maria', 'garcia48213', 'gmail', 'com']);
    expect(searchWords('Brien-Smith smith')).toEqual(['brien', 'smith']);
    expect(searchWords('Müller 漢字')).toEqual(['müller', '漢字']);
  });

  it('finds no word in text without letters or digits', () => {
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords("%_\\ '; --")).toEqual([]);
  });

  it(`refuses more than ${MAX_SEARCH_WORDS} words, naming q`, () => {
    expect(searchWords('ab bc cd de ef fg gh hi')).toHaveLength(MAX_SEARCH_WORDS);
    expect(() => searchWords('ab bc cd de ef fg gh hi ij')).toThrow(InvalidInputError);
  });

  it(`refuses a word shorter than ${MIN_SEARCH_WORD_LENGTH} letters or digits, naming it`, () => {
    const refusal = refusalOf(() => searchWords("O'Brien"));
    expect(refusal.body.errors).toEqual([{ field: 'q', message: expect.stringContaining('"o"') }]);
    expect(() => searchWords('s')).toThrow(InvalidInputError);
    expect(searchWords('ada lo')).toEqual(['ada', 'lo']);
  });
});
