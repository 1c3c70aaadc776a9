import { ConflictError, ForbiddenError, NotFoundError } from '@careers/messaging';

export class StaffMemberNotFound extends NotFoundError {
  constructor(userId: string) {
    super('staff_member_not_found', `No staff member ${userId} in this institution.`);
  }
}

export class AlreadyStaff extends ConflictError {
  constructor() {
    super('already_staff', 'This person is already a staff member of this institution.', [
      { field: 'email', message: 'email belongs to a staff member of this institution already' },
    ]);
  }
}

export class LastAdministrator extends ConflictError {
  constructor() {
    super(
      'last_administrator',
      'An institution keeps at least one career services administrator: make someone else administrator first.',
    );
  }
}

/** The actor's token said administrator, but they are not one now: the change is refused however recent the token. */
export class NotAnAdministrator extends ForbiddenError {
  constructor() {
    super(
      'not_an_administrator',
      'Only a current administrator of this institution may change its staff: your roles here have changed.',
    );
  }
}

export class StaffInvitationNotFound extends NotFoundError {
  constructor(institutionId: string) {
    super(
      'staff_invitation_not_found',
      `No invitation to the staff of institution ${institutionId} is waiting.`,
    );
  }
}
