import { Alert } from '@mantine/core';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { LinkActionPage } from './link-action-page';

/** The link in the notice sent to the old address: stops a change still waiting, or undoes a recent one. */
export function CancelEmailChangePage() {
  return (
    <LinkActionPage
      title="Was this not you?"
      intro="Someone asked to change the email of your account. If it was not you, stop the change: your account keeps this address."
      action="Stop the change"
      perform={(token) => answer(api.POST('/v1/auth/email-change/cancel', { body: { token } }))}
      done={({ outcome }) =>
        outcome === 'stopped' ? (
          <Alert color="green" title="The change is stopped">
            Your account keeps this address; the code and link sent to the other one no longer work.
          </Alert>
        ) : (
          <Alert color="green" title="The change is undone">
            Your account has this address again and every session was signed out. We sent a link to choose a
            new password.
          </Alert>
        )
      }
    />
  );
}
