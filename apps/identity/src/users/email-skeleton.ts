import { rectifyConfusion } from 'unicode-confusables';
import { emailKey } from './email-key';

/**
 * The address as it looks (Unicode TR39's skeleton: decomposed, each character replaced by the one it is mistaken
 * for, with the data of Unicode's confusables.txt, decomposed again): a Cyrillic `а`, a dotless `ı` and a Latin `a`,
 * `i` give one skeleton. Only ever compared, never shown.
 */
export function emailSkeleton(email: string): string {
  return rectifyConfusion(emailKey(email).normalize('NFD')).normalize('NFD');
}

/** Whether the address is plain ASCII, where a look-alike (`rn` for `m`, `1` for `l`) is a different person's. */
export function isAsciiEmail(email: string): boolean {
  return /^[\x20-\x7e]*$/.test(email);
}
