import { CursorPageQuery } from '../page-query.dto';

import { Equals, IsDefined, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { StrictBoolean } from '../strict-boolean';
import { MEMBERSHIP_STATUSES, MembershipReply, MembershipStatus } from './membership.dto';
import { USER_TYPES, UserType } from './user-type';
import type { UserStatus } from './user.dto';

export class SearchUsersQuery extends CursorPageQuery {
  /** Part of the name or the email, any case. */
  @MaxLength(200)
  @IsString()
  @IsOptional()
  q?: string;

  /** The exact email, any case. */
  @MaxLength(254)
  @IsString()
  @IsOptional()
  email?: string;

  @IsIn(USER_TYPES, { message: `userType must be one of ${USER_TYPES.join(', ')}` })
  @IsOptional()
  userType?: UserType;

  /** The membership's status in this institution. */
  @IsIn(MEMBERSHIP_STATUSES, { message: `status must be one of ${MEMBERSHIP_STATUSES.join(', ')}` })
  @IsOptional()
  status?: MembershipStatus;

  /** `true`: only the people the institution's sync files skip (staff changed their email); `false`: the others. */
  @StrictBoolean({ fromText: true })
  @IsOptional()
  excludedFromSyncs?: boolean;
}

export class SearchUsersCommand extends SearchUsersQuery {
  @IsUUID()
  institutionId!: string;
}

export const PROFILE_VISIBILITIES = ['visible', 'private'] as const;
export type ProfileVisibility = (typeof PROFILE_VISIBILITIES)[number];

/**
 * A person as their institution's staff see them: the account and the membership in this institution. An employer's
 * profile is `private` unless the employer is also a contact of the institution: then only `id`, `userType`,
 * `profile` and `privacyNote` are given, everything else is `null`.
 */
export class InstitutionUserReply {
  id!: string;
  userType!: UserType;
  profile!: ProfileVisibility;
  /** Why the profile is private; `null` when it is visible. */
  privacyNote!: string | null;
  email!: string | null;
  name!: string | null;
  phone!: string | null;
  status!: UserStatus | null;
  /** `null` for an employer who is a contact of the institution but not one of its members. */
  membership!: MembershipReply | null;
  /** A staff-initiated email change waiting for the person to confirm from the new address. */
  pendingEmail!: string | null;
  createdAt!: string | null;
}

export class UserPageReply {
  items!: InstitutionUserReply[];
  /** Pass as `cursor` for the items after this page; `null` on the last page. */
  nextCursor!: string | null;
}

export class UpdateInstitutionUserRequest {
  /** The new email; it takes effect when the person confirms it from the new address. */
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  @IsString()
  @IsDefined({ message: 'email is required' })
  email!: string;

  /**
   * Must be `true` with a new email: the institution's sync files carry the old email, so they must stop updating
   * this person.
   */
  @Equals(true, {
    message:
      'excludedFromSyncs must be true when staff change an email (sync files would not match it any more)',
  })
  @StrictBoolean()
  @IsDefined({ message: 'excludedFromSyncs is required when staff change an email' })
  excludedFromSyncs!: boolean;
}

export class UpdateInstitutionUserCommand extends UpdateInstitutionUserRequest {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  userId!: string;

  @IsUUID()
  actorId!: string;
}
