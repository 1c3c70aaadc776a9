import { InvalidInputError } from '@careers/messaging';
import { MAX_NAME_SEARCH_WORDS, nameMatching, nameSearchWords } from './institution-name-search';

describe('nameSearchWords', () => {
  it('splits what is typed at spaces and punctuation, lower-cased, each word once', () => {
    expect(nameSearchWords('  State   UNIV ')).toEqual(['state', 'univ']);
    expect(nameSearchWords("Texas A&M st. mary's Mary")).toEqual(['texas', 'a', 'm', 'st', 'mary', 's']);
    expect(nameSearchWords('Universität 大学')).toEqual(['universität', '大学']);
  });

  it('finds no word in text without letters or digits', () => {
    expect(nameSearchWords(undefined)).toEqual([]);
    expect(nameSearchWords("%_\\ '; -- (^|.*)")).toEqual([]);
  });

  it(`refuses more than ${MAX_NAME_SEARCH_WORDS} words, naming q`, () => {
    expect(nameSearchWords('a b c d e f g h')).toHaveLength(MAX_NAME_SEARCH_WORDS);
    let refusal: unknown;
    try {
      nameSearchWords('a b c d e f g h i');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InvalidInputError);
    expect((refusal as InvalidInputError).body.errors).toEqual([
      { field: 'q', message: 'q has 9 words; a search takes at most 8' },
    ]);
  });
});

describe('nameMatching', () => {
  it('matches every institution without words, and each word at the beginning of a word of the name', () => {
    expect(nameMatching([])).toEqual({});
    expect(nameMatching(['state', 'univ'])).toEqual({
      $and: [{ nameKey: { $re: '(^|[^[:alnum:]])state' } }, { nameKey: { $re: '(^|[^[:alnum:]])univ' } }],
    });
  });
});
