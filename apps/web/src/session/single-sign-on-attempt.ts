const KEY = 'careers.singleSignOn';

/** A sign-in begun at a school's provider: the binding the API gave this tab, and where to go once signed in. */
export interface SingleSignOnAttempt {
  binding: string;
  next: string;
}

/** Kept for this tab only (sessionStorage), so that only the tab that began a sign-in can finish it. */
export const singleSignOnAttempt = {
  keep(attempt: SingleSignOnAttempt): void {
    sessionStorage.setItem(KEY, JSON.stringify(attempt));
  },

  /** The attempt, once: it is forgotten as it is read. */
  take(): SingleSignOnAttempt | undefined {
    const stored = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    try {
      const attempt = JSON.parse(stored ?? 'null') as SingleSignOnAttempt | null;
      return attempt && typeof attempt.binding === 'string' ? attempt : undefined;
    } catch {
      return undefined;
    }
  },
};
