import {
  type DefaultError,
  type InfiniteData,
  type QueryKey,
  useInfiniteQuery,
  type UseInfiniteQueryOptions,
} from '@tanstack/react-query';
import type { CursorPage, PageReader } from './all-pages';

type PagedListOptions<P> = Omit<
  UseInfiniteQueryOptions<P, DefaultError, InfiniteData<P, string | undefined>, QueryKey, string | undefined>,
  'queryFn' | 'initialPageParam' | 'getNextPageParam'
> & { page: PageReader<P> };

/**
 * A list read a page at a time as the person asks for more (`fetchNextPage`, see ShowMoreButton): the query, with
 * `items`, the items of the pages read so far.
 */
export function usePagedList<P extends CursorPage<unknown>>({ page, ...options }: PagedListOptions<P>) {
  const list = useInfiniteQuery({
    ...options,
    queryFn: ({ pageParam }) => page(pageParam),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items: P['items'][number][] = list.data?.pages.flatMap((read) => read.items) ?? [];
  // Added to the query's own result rather than spread into a copy: spreading reads every field, and so would
  // re-render the page on changes to fields it never shows.
  return Object.assign(list, { items });
}
