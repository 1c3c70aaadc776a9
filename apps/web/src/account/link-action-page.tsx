import { Button, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ProblemAlert } from '../api/problem-alert';
import { BrokenLink } from './broken-link';
import { useLinkToken } from './use-link-token';

interface LinkActionPageProps<Result> {
  title: string;
  intro: string;
  action: string;
  perform: (token: string) => Promise<Result>;
  done: (result: Result) => ReactNode;
}

/** A mail's link to something consequential: the person reads what it does and presses the button to do it. */
export function LinkActionPage<Result>({ title, intro, action, perform, done }: LinkActionPageProps<Result>) {
  const token = useLinkToken();
  const mutation = useMutation({ mutationFn: perform });
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      {!token && <BrokenLink />}
      {mutation.isSuccess
        ? done(mutation.data)
        : token && (
            <>
              <Text>{intro}</Text>
              <ProblemAlert error={mutation.error} />
              <Button onClick={() => mutation.mutate(token)} loading={mutation.isPending}>
                {action}
              </Button>
            </>
          )}
    </Stack>
  );
}
