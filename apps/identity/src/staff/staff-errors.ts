import { ConflictError, NotFoundError } from '@careers/messaging';

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
