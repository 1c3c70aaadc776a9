import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsEmail,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsPersonName } from '../person-name';
import type { MembershipStatus } from './membership.dto';
import { PasswordField } from './password';
import type { UserType } from './user-type';

/** Onboarding asks, for many users at once, their type and where they stand with one institution. */
export class UserConnectionsCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID('all', { each: true })
  @ArrayMaxSize(5000)
  @IsArray()
  userIds!: string[];
}

export class UserConnectionReply {
  userId!: string;
  userType!: UserType;
  /** `null` when the user has no membership in the institution. */
  membershipStatus!: MembershipStatus | null;
}

export class UserConnectionsReply {
  items!: UserConnectionReply[];
}

/** An employer account made from an invitation: the link proved the email, so it is verified at once. */
export class CreateInvitedEmployerCommand {
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @IsPersonName()
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  @IsString()
  @IsDefined({ message: 'name is required' })
  name!: string;

  @PasswordField()
  password!: string;
}
