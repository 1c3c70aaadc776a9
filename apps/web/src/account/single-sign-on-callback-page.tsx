import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { session } from '../session/session-store';
import { singleSignOnAttempt } from '../session/single-sign-on-attempt';

/**
 * Where a school's provider sends the browser back: hands what it sent, with this tab's binding, to the API once,
 * and signs the person in as a password sign-in does.
 */
export function SingleSignOnCallbackPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sent = useRef(false);
  const [lost, setLost] = useState(false);
  const finish = useMutation({
    mutationFn: (binding: string) =>
      answer(
        api.POST('/v1/auth/single-sign-on/callback', {
          body: { authorizationResponse: window.location.search, binding },
        }),
      ),
  });
  useEffect(() => {
    // An attempt is used once: a second effect run (React's development double run) must not send it again.
    if (sent.current) return;
    sent.current = true;
    const attempt = singleSignOnAttempt.take();
    if (!attempt) {
      setLost(true);
      return;
    }
    finish.mutate(attempt.binding, {
      onSuccess: (reply) => {
        queryClient.clear();
        session.signIn(reply.accessToken, reply.expiresIn);
        void navigate(attempt.next, { replace: true });
      },
    });
  }, [finish, navigate, queryClient]);
  return (
    <Stack>
      <Title order={1}>Signing in with your school</Title>
      {finish.isPending && <Loader aria-label="Signing in" />}
      <ProblemAlert error={finish.error} />
      {lost && <Text>This sign-in was not begun in this tab, or it was finished already.</Text>}
      {(finish.isError || lost) && (
        <Anchor component={Link} to="/login">
          Back to sign in
        </Anchor>
      )}
    </Stack>
  );
}
