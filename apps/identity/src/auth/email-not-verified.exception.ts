import { ForbiddenError } from '@careers/messaging';

export class EmailNotVerified extends ForbiddenError {
  constructor() {
    super(
      'email_not_verified',
      'Verify your email address first: follow the link in the message we sent you.',
    );
  }
}
