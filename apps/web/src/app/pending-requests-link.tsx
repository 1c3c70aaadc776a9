import { Badge, Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';

const COUNTED = 100;

/** The pending requests in the upper right: how many wait for a decision (up to "100+"). */
export function PendingRequestsLink({ institutionId }: { institutionId: string }) {
  const pending = useQuery({
    queryKey: ['join-requests', institutionId, 'pending-count'],
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/join-requests', {
          params: { path: { institutionId }, query: { status: 'pending', limit: COUNTED } },
        }),
      ),
    refetchInterval: 60_000,
  });
  const count = pending.data
    ? `${pending.data.items.length}${pending.data.nextCursor ? '+' : ''}`
    : undefined;
  return (
    <Button
      component={Link}
      to={`/schools/${institutionId}/requests?status=pending`}
      variant="subtle"
      rightSection={count !== undefined && <Badge color={count === '0' ? 'gray' : 'red'}>{count}</Badge>}
    >
      Pending requests
    </Button>
  );
}
