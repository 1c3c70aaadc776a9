import { ConflictError, ForbiddenError, NotFoundError } from '@careers/messaging';

/** Also the answer for a user of another institution: staff never learn that such an id exists. */
export class InstitutionUserNotFound extends NotFoundError {
  constructor(userId: string) {
    super('user_not_found', `No user ${userId} in this institution.`);
  }
}

export class NotAPendingAccount extends ConflictError {
  constructor() {
    super(
      'not_a_pending_account',
      'Only a pending account (a self-made account waiting for this institution, with no other school) can be deleted.',
    );
  }
}

export class AccountNotManagedHere extends ForbiddenError {
  constructor() {
    super(
      'account_not_managed_here',
      "Only the person can change this account's email: it is not a student, alumni or mentor account that this " +
        'institution alone manages (it belongs to another school too, or holds a staff or employer role). Ask them ' +
        'to change it from their profile.',
    );
  }
}
