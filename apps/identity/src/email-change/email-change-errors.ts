import { GoneError, NotFoundError, UnprocessableError } from '@careers/messaging';

export class NoEmailChangePending extends NotFoundError {
  constructor() {
    super('email_change_not_found', 'There is no email change waiting for a code. Start one first.');
  }
}

export class EmailChangeExpired extends GoneError {
  constructor() {
    super('email_change_expired', 'The code has expired. Start the email change again.');
  }
}

export class EmailChangeAttemptsExhausted extends GoneError {
  constructor() {
    super(
      'email_change_attempts_exhausted',
      'Too many wrong codes: this email change has ended. Start it again.',
    );
  }
}

export class WrongEmailChangeCode extends UnprocessableError {
  constructor(attemptsLeft: number) {
    super(
      'email_change_code_wrong',
      `The code is not right. ${attemptsLeft} attempt${attemptsLeft === 1 ? '' : 's'} left.`,
      [{ field: 'code', message: 'code is not the one we sent' }],
    );
  }
}

export class EmailUnchanged extends UnprocessableError {
  constructor(field: string) {
    super('email_unchanged', 'This is already the account’s email address.', [
      { field, message: `${field} is the current email address` },
    ]);
  }
}

export class CurrentPasswordWrong extends UnprocessableError {
  constructor() {
    super('current_password_wrong', 'The current password is not right.', [
      { field: 'currentPassword', message: 'currentPassword is not right' },
    ]);
  }
}

/** The stop link of a change already confirmed, stopped, replaced or never made: nothing is waiting any more. */
export class EmailChangeNotFound extends GoneError {
  constructor() {
    super(
      'email_change_not_pending',
      'This email change is no longer waiting: it was confirmed, stopped or replaced. If the address was changed ' +
        'without your consent, contact your career services office.',
    );
  }
}
