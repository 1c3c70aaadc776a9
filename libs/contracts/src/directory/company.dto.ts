import { CursorPageQuery } from '../page-query.dto';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsFQDN,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { USER_TYPES, UserType } from '../identity/user-type';

export class CreateCompanyRequest {
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  @IsString()
  @IsDefined({ message: 'name is required' })
  name!: string;

  /**
   * The company's email and web domain (`acme.com`), unique across the platform. Employers join its staff from an
   * email at it (or under it) only, and one making their own company's profile gives their own email's domain.
   */
  @MaxLength(253)
  @IsFQDN({}, { message: 'domain must be a domain name' })
  @IsOptional()
  domain?: string;

  @MaxLength(2048)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) URL' },
  )
  @IsOptional()
  website?: string;

  /**
   * The institution creating the profile (its staff need `contacts:write` there). Without it, an employer user
   * creates the profile of their own company and becomes its first staff member.
   */
  @IsUUID('all', { message: 'institutionId must be a UUID' })
  @IsOptional()
  institutionId?: string;
}

/** Who acts, as the gateway knows from the token. */
export class Actor {
  @IsUUID()
  userId!: string;

  @IsIn(USER_TYPES)
  userType!: UserType;

  /** The email the token was issued to (proved at sign-up): a company with a domain takes staff at it only. */
  @IsString()
  @MaxLength(320)
  email!: string;
}

export class CreateCompanyCommand extends CreateCompanyRequest {
  @Type(() => Actor)
  @IsDefined()
  actor!: Actor;
}

export class SearchCompaniesQuery extends CursorPageQuery {
  /** Part of the name, any case. */
  @MaxLength(200)
  @IsString()
  @IsOptional()
  q?: string;

  /** The exact domain, any case. */
  @MaxLength(253)
  @IsString()
  @IsOptional()
  domain?: string;
}

export class CompanyCommand {
  @IsUUID()
  companyId!: string;
}

/** A company's staff, in the order they joined, a page at a time after a cursor. */
export class ListCompanyStaffQuery extends CursorPageQuery {}

/** Who asks for a company's staff: only its own staff and platform administrators may see them. */
export class ListCompanyStaffCommand extends ListCompanyStaffQuery {
  @IsUUID()
  companyId!: string;

  @Type(() => Actor)
  @IsDefined()
  actor!: Actor;
}

/** An employer joins or leaves a company's staff (`userId` is who joins or leaves). */
export class CompanyStaffCommand extends CompanyCommand {
  @IsUUID()
  userId!: string;

  @Type(() => Actor)
  @IsDefined()
  actor!: Actor;
}

/**
 * The company's own facts, the same for everyone who asks: nothing names the institution that made the profile or
 * counts its staff (which schools keep which employers, and who works where, are not public).
 */
export class CompanyReply {
  id!: string;
  name!: string;
  domain!: string | null;
  website!: string | null;
  createdAt!: string;
}

export class CompanyPageReply {
  items!: CompanyReply[];
  /** Pass as `cursor` for the items after this page; `null` on the last page. */
  nextCursor!: string | null;
}

export class CompanyStaffMemberReply {
  userId!: string;
  /** The member's name as it is now; `null` once their account is deleted, or until its name has reached the directory. */
  name!: string | null;
  joinedAt!: string;
}

export class CompanyStaffListReply {
  /** In the order they joined, at most `limit`; fewer when more would not fit in one reply: follow `nextCursor`. */
  items!: CompanyStaffMemberReply[];
  /** Pass as `cursor` for the next page; `null` on the last one. */
  nextCursor!: string | null;
}
