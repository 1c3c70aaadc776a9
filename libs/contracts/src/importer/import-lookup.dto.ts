import { BulkCommand } from '../each-row';
import { ArrayMaxSize, IsArray, IsString, IsUUID, MaxLength } from 'class-validator';
import type { MembershipStatus } from '../identity/membership.dto';
import type { UserStatus } from '../identity/user.dto';
import type { UserType } from '../identity/user-type';

export const IMPORT_LOOKUP_MAX = 2000;

/** The importer asks identity, a batch of rows at a time, who already has these emails and usernames. */
@BulkCommand()
export class ImportLookupCommand {
  @IsUUID()
  institutionId!: string;

  @MaxLength(254, { each: true })
  @IsString({ each: true })
  @ArrayMaxSize(IMPORT_LOOKUP_MAX)
  @IsArray()
  emails!: string[];

  @MaxLength(200, { each: true })
  @IsString({ each: true })
  @ArrayMaxSize(IMPORT_LOOKUP_MAX)
  @IsArray()
  usernames!: string[];
}

/** A person's place in the institution, as the import rules read it. */
export class ImportedMembership {
  status!: MembershipStatus;
  username!: string;
  authIdentifier!: string | null;
  excludedFromSyncs!: boolean;
  attributes!: Record<string, string>;
}

export class AccountByEmail {
  email!: string;
  userId!: string;
  userType!: UserType;
  status!: UserStatus;
  name!: string;
  membership!: ImportedMembership | null;
}

export class MemberByUsername {
  username!: string;
  userId!: string;
  email!: string;
  /** Staff changed this member's email: the institution's sync files, which carry the old one, skip them. */
  excludedFromSyncs!: boolean;
}

export class ImportLookupReply {
  accounts!: AccountByEmail[];
  members!: MemberByUsername[];
}
