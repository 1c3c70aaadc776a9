import { ForbiddenError, UnauthenticatedError } from '@careers/messaging';

/** One answer for a wrong email and a wrong password, so that nobody learns which emails have accounts. */
export class InvalidCredentials extends UnauthenticatedError {
  constructor() {
    super('invalid_credentials', 'The email or password is not correct.');
  }
}

export class EmailNotVerified extends ForbiddenError {
  constructor() {
    super(
      'email_not_verified',
      'Verify your email address first: follow the link in the message we sent you.',
    );
  }
}
