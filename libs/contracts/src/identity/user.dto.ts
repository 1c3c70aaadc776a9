import { IsUUID } from 'class-validator';
import type { UserType } from './user-type';

export class GetUserRequest {
  @IsUUID()
  userId!: string;
}

export class UserReply {
  id!: string;
  email!: string;
  name!: string;
  userType!: UserType;
  status!: 'active' | 'pending_verification' | 'disabled';
  createdAt!: string;
}
