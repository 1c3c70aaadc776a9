import { isEmail } from 'class-validator';
import { isEmailAddress } from './email-address';

/** A small seeded generator, so a failure names an address that can be found again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('isEmailAddress', () => {
  const next = random(20261206);
  const pick = (chars: string, length: number) =>
    Array.from({ length }, () => chars[Math.floor(next() * chars.length)]).join('');
  const length = (longest: number) => Math.floor(next() * longest);
  const LOCAL = 'abcXYZ019._+-!#%';
  const LABEL = 'abcXYZ019-_';
  const address = () => {
    const labels = Array.from({ length: 1 + length(3) }, () => pick(LABEL, length(next() < 0.05 ? 70 : 8)));
    const tld = next() < 0.2 ? pick('abc19-', length(5)) : pick('abcXYZ', 1 + length(6));
    return `${pick(LOCAL, length(next() < 0.05 ? 80 : 12))}@${[...labels, tld].join('.')}`;
  };

  it('says what isEmail says (within 254 characters) for 100,000 generated addresses', () => {
    const disagreements: string[] = [];
    let addresses = 0;
    for (let index = 0; index < 100_000; index++) {
      const value = address();
      const answer = isEmailAddress(value);
      if (answer !== (value.length <= 254 && isEmail(value))) disagreements.push(value);
      if (answer) addresses += 1;
    }
    expect(disagreements).toEqual([]);
    // Both answers are well represented.
    expect(addresses).toBeGreaterThan(10_000);
    expect(addresses).toBeLessThan(90_000);
  });

  it.each([
    ['student1@bench.test', true],
    ['first.last+tag@mail.example.edu', true],
    ['o-brien_2@sub-domain.example.co', true],
    [`${'a'.repeat(64)}@example.test`, true],
    [`${'a'.repeat(65)}@example.test`, false],
    [`a@${'b'.repeat(63)}.test`, true],
    [`a@${'b'.repeat(64)}.test`, false],
    [`a@${'b.'.repeat(125)}test`, false],
    ['first..last@example.test', false],
    ['.first@example.test', false],
    ['first@-example.test', false],
    ['first@example-.test', false],
    ['first@example.t', false],
    ['first@example.123', false],
    ['first@example', false],
    ['first@@example.test', false],
    ["o'brien@example.test", true],
    ['josé@example.test', true],
  ])('%s is an email address: %s', (value, expected) => {
    expect(isEmailAddress(value)).toBe(expected);
    expect(isEmailAddress(value)).toBe(value.length <= 254 && isEmail(value));
  });
});
