interface StoredSession {
  token: string;
  expiresAt: number;
}

const KEY = 'careers.session';

/**
 * The signed-in person's access token, kept for this browser tab only (sessionStorage) and forgotten when it
 * expires: the API checks roles on every request, so the token carries no more than who is asking.
 */
class SessionStore {
  private readonly listeners = new Set<() => void>();
  private current: StoredSession | undefined = read();

  token(): string | undefined {
    if (this.current && this.current.expiresAt <= Date.now()) this.signOut();
    return this.current?.token;
  }

  signIn(token: string, expiresInSeconds: number): void {
    this.current = { token, expiresAt: Date.now() + expiresInSeconds * 1000 };
    sessionStorage.setItem(KEY, JSON.stringify(this.current));
    this.notify();
  }

  signOut(): void {
    if (!this.current) return;
    this.current = undefined;
    sessionStorage.removeItem(KEY);
    this.notify();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function read(): StoredSession | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as StoredSession | null;
    return stored && typeof stored.token === 'string' && stored.expiresAt > Date.now() ? stored : undefined;
  } catch {
    return undefined;
  }
}

export const session = new SessionStore();
