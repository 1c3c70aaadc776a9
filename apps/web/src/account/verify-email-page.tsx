import { Alert, Anchor, Loader, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { BrokenLink } from './broken-link';
import { useLinkToken } from './use-link-token';

/** The verification mail's link: verifies at once (the token is single use, so the answer is kept, not asked twice). */
export function VerifyEmailPage() {
  const token = useLinkToken();
  const verification = useQuery({
    queryKey: ['verify-email', token],
    queryFn: () => answer(api.POST('/v1/auth/verify-email', { body: { token: token ?? '' } })),
    enabled: token !== undefined,
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return (
    <Stack>
      <Title order={1}>Verify your email</Title>
      {!token && <BrokenLink />}
      {verification.isLoading && <Loader aria-label="Verifying" />}
      <ProblemAlert error={verification.error} />
      {verification.data && (
        <>
          <Alert color="green" title="Your email is verified">
            {verification.data.email} is yours. Sign in to choose your school.
          </Alert>
          <Anchor
            component={Link}
            to={`/login?email=${encodeURIComponent(verification.data.email)}&next=/me/schools`}
          >
            Sign in
          </Anchor>
        </>
      )}
    </Stack>
  );
}
