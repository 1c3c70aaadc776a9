import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsFQDN,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { CursorPageQuery } from '../page-query.dto';

export class CreateInstitutionRequest {
  /** The institution's display name, unique across the platform (case-insensitive). */
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  @IsString()
  @IsDefined({ message: 'name is required' })
  name!: string;

  /** The institution's public website. */
  @MaxLength(2048)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) URL' },
  )
  @IsString()
  @IsOptional()
  website?: string;

  /** Email domains the institution issues (e.g. `university.edu`), used to recognise its people. */
  @IsFQDN({}, { each: true, message: 'emailDomains must hold domain names' })
  @ArrayMaxSize(20)
  @IsArray()
  @IsOptional()
  emailDomains?: string[];
}

/** The payload on the wire: the body plus who asks. */
export class CreateInstitutionCommand extends CreateInstitutionRequest {
  @IsUUID()
  createdBy!: string;
}

export class GetInstitutionRequest {
  @IsUUID()
  institutionId!: string;
}

export class InstitutionReply {
  id!: string;
  name!: string;
  website!: string | null;
  emailDomains!: string[];
  createdAt!: string;
  updatedAt!: string;
}

/** Institutions by name, a page at a time after a cursor: what anyone signed in may look up to choose a school. */
export class SearchInstitutionsQuery extends CursorPageQuery {
  /**
   * Words, each the beginning of a word of the name, any case (`state univ` finds "Ohio State University"): at most
   * 8 of them. Without it, every institution.
   */
  @MaxLength(200)
  @IsString()
  @IsOptional()
  q?: string;
}

export class InstitutionPageReply {
  /** By name, at most `limit`. */
  items!: InstitutionReply[];
  /** Pass as `cursor` for the items after this page; `null` on the last page. */
  nextCursor!: string | null;
}
