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
