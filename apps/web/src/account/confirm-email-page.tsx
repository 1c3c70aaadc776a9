import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { LinkActionPage } from './link-action-page';

/** The link sent to a new address after staff changed a person's email: the person confirms it is theirs. */
export function ConfirmEmailPage() {
  return (
    <LinkActionPage
      title="Confirm your new email"
      intro="Your school's career services changed the email of your account to this address. Confirm that it is yours to sign in with it from now on."
      action="Confirm my email"
      perform={(token) => answer(api.POST('/v1/auth/email-change/confirm', { body: { token } }))}
      done={(user) => (
        <>
          <Alert color="green" title="Your email is confirmed">
            Sign in as {user.email} from now on.
          </Alert>
          <Anchor component={Link} to={`/login?email=${encodeURIComponent(user.email)}`}>
            Sign in
          </Anchor>
        </>
      )}
    />
  );
}
