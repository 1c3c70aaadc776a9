/**
 * Emails are unique across every user, whatever the case and however their characters are encoded (a decomposed
 * `é` and a precomposed one, a full-width `ａ` and an `a`): this is the form that is compared and indexed.
 */
export function emailKey(email: string): string {
  return email.trim().normalize('NFKC').toLowerCase();
}
