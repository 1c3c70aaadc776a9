import { ConflictError, NotFoundError } from '@careers/messaging';

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
