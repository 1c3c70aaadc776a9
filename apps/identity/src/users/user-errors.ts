import { NotFoundError } from '@careers/messaging';

export class UserNotFound extends NotFoundError {
  constructor(userId: string) {
    super('user_not_found', `No user ${userId}.`);
  }
}
