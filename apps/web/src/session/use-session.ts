import { useSyncExternalStore } from 'react';
import { session } from './session-store';

/** The access token while someone is signed in in this tab; re-renders on sign-in and sign-out. */
export function useSessionToken(): string | undefined {
  return useSyncExternalStore(session.subscribe, () => session.token());
}
