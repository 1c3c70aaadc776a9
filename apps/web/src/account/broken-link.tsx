import { Alert } from '@mantine/core';

/** A page opened without the token its mail's link carries. */
export function BrokenLink() {
  return (
    <Alert color="red" title="This link is incomplete" role="alert">
      The address has no token. Open the link from the email again, or copy the whole address into the
      browser.
    </Alert>
  );
}
