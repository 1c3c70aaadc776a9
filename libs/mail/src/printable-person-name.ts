import { PLAIN_LINK, WEB_DOT } from '@careers/contracts';

// Whitespace, controls and invisible format characters (a line break, a bidi override, a zero-width space) become
// one space; the zero-width joiners stay, as Persian and Indic names are written with them.
const BREAKS_AND_INVISIBLES = /(?:(?![\u200C\u200D])[\s\p{Cc}\p{Cf}])+/gu;

// Beyond what is plainly a link, what a mail client may still make one of: an address, or a bare host such as
// `evil.example` (a letter or digit, a dot, two letters). "J.R.R. Tolkien" and "St. John" have no such host.
const MAIL_ADDRESS = /[@\uFF20]/u;
const HOST = new RegExp(`[\\p{L}\\p{N}]${WEB_DOT}\\p{L}{2}`, 'u');

/**
 * A stored person's name as a mail may print it: on one line, or nothing (`null`) when what is left could still be
 * turned into a link by a mail client. The edge refuses such names, but names stored before it did, or loaded from
 * import files, reach mails too, and a mail goes out from our own server.
 */
export function printablePersonName(name: string): string | null {
  const oneLine = name.replace(BREAKS_AND_INVISIBLES, ' ').trim();
  const linkable = PLAIN_LINK.test(oneLine) || MAIL_ADDRESS.test(oneLine) || HOST.test(oneLine);
  return oneLine === '' || linkable ? null : oneLine;
}

/** "Hello Ada," or, when the name cannot be printed, a neutral "Hello,". */
export function greeting(name: unknown): string {
  // Helpers' parameters escape Handlebars' strict mode: a missing name is an error here, as any missing value is.
  if (typeof name !== 'string') throw new Error(`a greeting needs a person's name, not ${typeof name}`);
  const printable = printablePersonName(name);
  return printable === null ? 'Hello,' : `Hello ${printable},`;
}
