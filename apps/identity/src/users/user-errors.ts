import { ConflictError, NotFoundError } from '@careers/messaging';

export class UserNotFound extends NotFoundError {
  constructor(userId: string) {
    super('user_not_found', `No user ${userId}.`);
  }
}

/** Emails are unique across every user type (a student's email can never become a staff member's, and back). */
export class EmailTaken extends ConflictError {
  constructor(field: string) {
    super('email_taken', 'This email address belongs to another account (of any user type).', [
      { field, message: `${field} belongs to another account` },
    ]);
  }
}

/** An address that looks like another account's (a Cyrillic `а` for a Latin `a`): someone could be fooled by it. */
export class EmailConfusable extends ConflictError {
  constructor(field: string) {
    super(
      'email_confusable',
      "This email address looks the same as another account's (some of its letters are look-alikes from another " +
        'alphabet). Use another address.',
      [{ field, message: `${field} looks like the address of another account` }],
    );
  }
}
