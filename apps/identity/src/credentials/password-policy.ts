import { InvalidInputError } from '@careers/messaging';

export const PASSWORD_MIN_LENGTH = 10;

// The most common passwords of at least the minimum length; a longer list would live in a file.
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '1q2w3e4r5t',
  'qwertyuiop',
  'password12',
  'password123',
  'password1234',
  'iloveyou123',
  'qwerty1234',
  'qwerty12345',
  'administrator',
  'letmein123',
  'welcome123',
  'changeme123',
  'football123',
  'baseball123',
  'superman123',
  'trustno1234',
  'aaaaaaaaaa',
  'abcdefghij',
]);

/** Why this password is too weak, or undefined when it is acceptable (NIST 800-63B: length and known-bad lists). */
export function weakPasswordReason(password: string, email: string, name: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'is too common';
  if (new Set(lower).size < 4) return 'must use more than three different characters';
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local)) return 'must not contain the email address';
  const compactName = name.toLowerCase().replace(/\s+/g, '');
  if (compactName.length >= 4 && lower.replace(/\s+/g, '').includes(compactName))
    return 'must not contain your name';
  return undefined;
}

/** Refuses a weak password with a 400 that names the field and the reason. */
export function assertStrongPassword(field: string, password: string, email: string, name: string): void {
  const reason = weakPasswordReason(password, email, name);
  if (reason)
    throw new InvalidInputError([{ field, message: `${field} ${reason}` }], 'The password is too weak.');
}
