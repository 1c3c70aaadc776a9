import type { UserType } from './user-type';

export class UserCreatedData {
  userId!: string;
  email!: string;
  name!: string;
  userType!: UserType;
}
