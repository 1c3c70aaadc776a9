import { Button, Divider, Stack } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { singleSignOnAttempt } from '../session/single-sign-on-attempt';

/** "Sign in with <school>" for each school whose people sign in through its own provider. */
export function SingleSignOnButtons({ next }: { next: string }) {
  const schools = useQuery({
    queryKey: ['single-sign-on-schools'],
    queryFn: () => answer(api.GET('/v1/auth/single-sign-on')),
  });
  const start = useMutation({
    mutationFn: (institutionId: string) =>
      answer(
        api.POST('/v1/auth/single-sign-on/{institutionId}/start', { params: { path: { institutionId } } }),
      ),
    onSuccess: (started) => {
      singleSignOnAttempt.keep({ binding: started.binding, next });
      window.location.assign(started.authorizationUrl);
    },
  });
  if (!schools.data?.items.length) return null;
  return (
    <Stack>
      <Divider label="or" labelPosition="center" />
      <ProblemAlert error={start.error} />
      {schools.data.items.map((school) => (
        <Button
          key={school.institutionId}
          variant="default"
          loading={start.isPending && start.variables === school.institutionId}
          onClick={() => start.mutate(school.institutionId)}
        >
          Sign in with {school.name}
        </Button>
      ))}
    </Stack>
  );
}
