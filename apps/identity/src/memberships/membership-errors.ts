import { ConflictError } from '@careers/messaging';

export class UsernameTaken extends ConflictError {
  constructor(username: string) {
    super('username_taken', `The username ${username} belongs to someone else in this institution.`, [
      { field: 'username', message: 'username is taken in this institution' },
    ]);
  }
}
