import { ConflictError } from '@careers/messaging';

/** Emails are unique across every user type (a student's email can never become a staff member's, and back). */
export class EmailTaken extends ConflictError {
  constructor(field: string) {
    super('email_taken', 'This email address belongs to another account (of any user type).', [
      { field, message: `${field} belongs to another account` },
    ]);
  }
}
