import { ConflictError } from '@careers/messaging';

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
