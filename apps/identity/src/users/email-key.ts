/** Emails are unique across every user, whatever the case: this is the form that is compared and indexed. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}
