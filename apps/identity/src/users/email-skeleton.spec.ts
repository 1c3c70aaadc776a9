import { emailKey } from './email-key';
import { emailSkeleton, isAsciiEmail } from './email-skeleton';

describe('email keys and skeletons', () => {
  it('gives one key to a decomposed and a precomposed accent, full-width letters and any case', () => {
    const precomposed = 'ad\u00e9le@example.test';
    expect(emailKey(' AD\u00c9LE@Example.TEST ')).toBe(precomposed);
    expect(emailKey('ade\u0301le@example.test')).toBe(precomposed);
    expect(emailKey('\uff41d\u00e9le@example.test')).toBe(precomposed);
  });

  it.each([
    ['a Cyrillic а', 'p\u0430t@school.edu', 'pat@school.edu'],
    ['a dotless ı', 'k\u0131m@school.edu', 'kim@school.edu'],
    ['a Greek ο', 'c\u03bfnnor@school.edu', 'connor@school.edu'],
  ])('gives %s the skeleton of the Latin letter', (_label, lookalike, latin) => {
    expect(emailSkeleton(lookalike)).toBe(emailSkeleton(latin));
  });

  it('tells different addresses apart', () => {
    expect(emailSkeleton('pat@school.edu')).not.toBe(emailSkeleton('pam@school.edu'));
    expect(emailSkeleton('pat@school.edu')).not.toBe(emailSkeleton('pat@school.org'));
  });

  it('knows a plain ASCII address', () => {
    expect(isAsciiEmail('pat@school.edu')).toBe(true);
    expect(isAsciiEmail('p\u0430t@school.edu')).toBe(false);
  });
});
