import type { components } from '@careers/api-client';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export type ContactFilter = components['schemas']['ContactFilter'];
export type ContactSource = NonNullable<ContactFilter['source']>[number];
export type ContactSort = 'name' | 'email' | 'createdAt' | '-createdAt';

/** What the contacts page shows, as kept in its address (so that a search can be shared or reloaded). */
export interface ContactView {
  search: string;
  labelIds: string[];
  sources: ContactSource[];
  companyId: string | null;
  linked: 'true' | 'false' | 'any';
  archived: 'false' | 'true' | 'any';
  sort: ContactSort;
}

const SORTS: ContactSort[] = ['name', 'email', 'createdAt', '-createdAt'];

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((option) => option === value) ?? fallback;
}

/** The page's view from its query string: unknown values fall back to the defaults. */
export function viewFrom(params: URLSearchParams): ContactView {
  return {
    search: params.get('q') ?? '',
    labelIds: params.getAll('label'),
    sources: params.getAll('source') as ContactSource[],
    companyId: params.get('company'),
    linked: oneOf(params.get('linked'), ['true', 'false', 'any'], 'any'),
    archived: oneOf(params.get('archived'), ['false', 'true', 'any'], 'false'),
    sort: oneOf(params.get('sort'), SORTS, 'name'),
  };
}

function paramsFrom(view: ContactView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set('q', view.search);
  for (const labelId of view.labelIds) params.append('label', labelId);
  for (const source of view.sources) params.append('source', source);
  if (view.companyId) params.set('company', view.companyId);
  if (view.linked !== 'any') params.set('linked', view.linked);
  if (view.archived !== 'false') params.set('archived', view.archived);
  if (view.sort !== 'name') params.set('sort', view.sort);
  return params;
}

/** The view in the address, and a change of it that replaces the address (no history entry per keystroke). */
export function useContactView(): [ContactView, (change: Partial<ContactView>) => void] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => viewFrom(params), [params]);
  const change = useCallback(
    (part: Partial<ContactView>) =>
      setParams((current) => paramsFrom({ ...viewFrom(current), ...part }), { replace: true }),
    [setParams],
  );
  return [view, change];
}

/**
 * The search words the API takes: each must have two letters or digits at least, so a word still being typed
 * ("a") is left out rather than refused.
 */
export function searchWords(search: string): string | undefined {
  const words = search
    .trim()
    .split(/\s+/)
    .filter((word) => word.replace(/[^\p{L}\p{N}]/gu, '').length >= 2);
  return words.length > 0 ? words.slice(0, 8).join(' ') : undefined;
}

/** The API's filter for a view whose search was already debounced into `q`. */
export function contactFilter(view: ContactView, q: string | undefined): ContactFilter {
  return {
    q,
    labelId: view.labelIds.length > 0 ? view.labelIds : undefined,
    source: view.sources.length > 0 ? view.sources : undefined,
    companyId: view.companyId ?? undefined,
    linked: view.linked === 'any' ? undefined : view.linked,
    archived: view.archived,
  };
}
