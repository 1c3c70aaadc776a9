import { CursorPageQuery } from '../page-query.dto';
import { IsDefined, IsEmail, IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsPersonName } from '../person-name';
import type { MembershipStatus } from './membership.dto';
import { STAFF_ROLES, StaffRole } from './roles';

export class StaffRoleField {
  @IsIn(STAFF_ROLES, { message: `role must be one of ${STAFF_ROLES.join(', ')}` })
  @IsDefined({ message: 'role is required' })
  role!: StaffRole;
}

export class AddStaffRequest extends StaffRoleField {
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  @IsString()
  @IsDefined({ message: 'email is required' })
  email!: string;

  @IsPersonName()
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  @IsString()
  @IsDefined({ message: 'name is required' })
  name!: string;
}

export class AddStaffCommand extends AddStaffRequest {
  @IsUUID()
  institutionId!: string;

  /** The administrator adding them, whose role is checked again as the change is made. */
  @IsUUID()
  actorId!: string;
}

export class ChangeStaffRoleCommand extends StaffRoleField {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  userId!: string;

  @IsUUID()
  actorId!: string;
}

export class StaffMemberReply {
  userId!: string;
  email!: string;
  name!: string;
  role!: StaffRole;
  /** `active` once the person can log in; `invited` until they have set a password. */
  accountStatus!: 'invited' | 'active' | 'disabled';
  /**
   * `pending` while a person who already had an account has not accepted the invitation to this institution's staff
   * (their roles here count only once they accept); `active` after.
   */
  membershipStatus!: MembershipStatus;
  addedAt!: string;
}

/** An institution's staff, by name, a page at a time after a cursor. */
export class ListStaffQuery extends CursorPageQuery {}

export class ListStaffCommand extends ListStaffQuery {
  @IsUUID()
  institutionId!: string;
}

export class StaffListReply {
  /** By name, at most `limit`; fewer when more would not fit in one reply: follow `nextCursor` until null. */
  items!: StaffMemberReply[];
  /** Pass as `cursor` for the next page; `null` on the last one. */
  nextCursor!: string | null;
}
