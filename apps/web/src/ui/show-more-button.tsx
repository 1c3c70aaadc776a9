import { Button, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';

interface PagedList {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** "Show more" under a list read a page at a time (usePagedList), while there is a page after those shown. */
export function ShowMoreButton({
  list,
  children = 'Show more',
  size,
}: {
  list: PagedList;
  children?: ReactNode;
  size?: MantineSize;
}) {
  if (!list.hasNextPage) return null;
  return (
    <Button
      variant="default"
      size={size}
      w="fit-content"
      onClick={() => void list.fetchNextPage()}
      loading={list.isFetchingNextPage}
    >
      {children}
    </Button>
  );
}
