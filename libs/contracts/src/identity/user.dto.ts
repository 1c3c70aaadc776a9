import { IsUUID } from 'class-validator';
import type { MembershipReply } from './membership.dto';
import type { UserType } from './user-type';

export const USER_STATUSES = ['active', 'pending_verification', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export class GetUserRequest {
  @IsUUID()
  userId!: string;
}

export class UserReply {
  id!: string;
  email!: string;
  name!: string;
  phone!: string | null;
  userType!: UserType;
  /** `pending_verification` until the person proves the email is theirs. */
  status!: UserStatus;
  memberships!: MembershipReply[];
  createdAt!: string;
  updatedAt!: string;
}
