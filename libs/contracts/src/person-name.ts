import { ValidateBy } from 'class-validator';

/**
 * The characters a web address may be written with as its dots: IDNA reads the ideographic and full-width full stops
 * as `.`, so `www。evil。example` is as much a link as `www.evil.example`.
 */
export const WEB_DOT = '[.\\u3002\\uFF0E\\uFF61]';

/** Line breaks (any Unicode line or paragraph separator), control characters, and the bidi controls that reorder text. */
const LINE_BREAK_OR_CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/u;

/**
 * What is plainly a link: a URL scheme (`https:`, `mailto:`, `javascript:`... directly followed by its address), a
 * `://`, or a host beginning `www.`. Dots alone are not: "J.R.R. Tolkien" and "St. John" are names.
 */
export const PLAIN_LINK = new RegExp(`://|[a-z][a-z0-9+.-]*:\\S|(?<![\\p{L}\\p{N}])www${WEB_DOT}`, 'iu');

/** Why a person's name is refused, or nothing; a value that is not text is left to `IsString` to name. */
function personNameProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (LINE_BREAK_OR_CONTROL.test(value)) return 'must be on one line, without control characters';
  if (PLAIN_LINK.test(value)) return 'must be a name, not a link or a web address';
  return undefined;
}

/**
 * A person's name as people write it, in any script: one line, no control characters, nothing that is plainly a link.
 * Names are printed in mails sent to any address (a sign-up's verification goes to whatever email was typed), so a
 * name must not be able to carry a message of its own. Put it above the field's `IsString`, so it is checked after.
 */
export function IsPersonName(): PropertyDecorator {
  return ValidateBy({
    name: 'isPersonName',
    validator: {
      validate: (value) => personNameProblem(value) === undefined,
      defaultMessage: (args) => `${args?.property ?? 'name'} ${personNameProblem(args?.value) ?? ''}`.trim(),
    },
  });
}
