import { greeting, printablePersonName } from './printable-person-name';

describe('printablePersonName', () => {
  it.each([
    'J.R.R. Tolkien',
    'St. John Rivers',
    "Anne-Marie O'Neil",
    'Zoë',
    '王秀英',
    'محمد بن سلمان',
    'علی‌رضا', // with the zero-width non-joiner Persian is written with
    'Dr. Ada Lovelace, Jr.',
  ])('prints the name %j as it is', (name) => {
    expect(printablePersonName(name)).toBe(name);
  });

  it.each([
    ['line breaks and tabs', 'Ada\r\n\tLovelace', 'Ada Lovelace'],
    ['Unicode line and paragraph separators', 'Ada\u2028\u2029Lovelace', 'Ada Lovelace'],
    ['controls and invisible characters', 'Ada\u0000\u0085\u200B\u202E Lovelace', 'Ada Lovelace'],
    ['runs of spaces at either end', '  Ada \u00A0 Lovelace  ', 'Ada Lovelace'],
  ])('collapses %s to single spaces', (_label, name, printed) => {
    expect(printablePersonName(name)).toBe(printed);
  });

  it.each([
    'Eve\nhttp://evil.example',
    'Eve www.evil.example',
    'Claim at evil.example',
    'Claim at evil.com/prize',
    'Visit EVIL.COM',
    'Eve evil。example',
    'eve@evil.example',
    'Eve ＠evil',
    'mailto:eve',
    'javascript:alert(1)',
    ' \n\t ',
  ])('prints nothing of %j', (name) => {
    expect(printablePersonName(name)).toBeNull();
  });
});

describe('greeting', () => {
  it('greets by the printable name, or neutrally', () => {
    expect(greeting('Zoë\nSaldaña')).toBe('Hello Zoë Saldaña,');
    expect(greeting('Claim at evil.example')).toBe('Hello,');
  });

  it('refuses a missing name, as a template refuses any missing value', () => {
    expect(() => greeting(undefined)).toThrow(/needs a person's name/);
  });
});
