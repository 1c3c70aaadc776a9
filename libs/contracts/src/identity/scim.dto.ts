import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsPersonName } from '../person-name';
import { InstitutionScope, InstitutionUserCommand } from './institution-scope.dto';

/** The user types a school's identity provider keeps in step: the people a school's files load. */
export const SCIM_USER_TYPES = ['student', 'alumni', 'mentor'] as const;
export type ScimUserType = (typeof SCIM_USER_TYPES)[number];

/** The most people one SCIM list page holds. */
export const SCIM_MAX_PAGE = 200;

export const SCIM_TOKEN_LABEL_MAX = 100;

/** An administrator makes a bearer token for the school's identity provider. */
export class CreateScimTokenRequest {
  /** What the token is for, e.g. "Entra ID, students". */
  @MaxLength(SCIM_TOKEN_LABEL_MAX)
  @MinLength(1)
  @IsString()
  label!: string;

  /** The type of the people it provisions, unless a person's extension attribute names another. */
  @IsIn(SCIM_USER_TYPES)
  userType!: ScimUserType;
}

export class CreateScimTokenCommand extends CreateScimTokenRequest {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  actorId!: string;
}

export class ScimTokenCommand extends InstitutionScope {
  @IsUUID()
  tokenId!: string;
}

/** A SCIM client's bearer token, as identity resolves it on each request. */
export class ResolveScimTokenCommand {
  @MaxLength(200)
  @IsString()
  token!: string;
}

/** A SCIM token, without its secret: identity keeps only its digest. */
export class ScimTokenReply {
  id!: string;
  institutionId!: string;
  label!: string;
  userType!: ScimUserType;
  createdBy!: string;
  createdAt!: string;
  lastUsedAt!: string | null;
  revokedAt!: string | null;
}

/** A token just made: the only reply that carries the secret. */
export class CreatedScimTokenReply extends ScimTokenReply {
  /** The bearer token for the identity provider: shown this once, kept by no one here. */
  token!: string;
}

export class ScimTokenListReply {
  items!: ScimTokenReply[];
}

/** Whom a valid token acts for. */
export class ScimTokenScope {
  tokenId!: string;
  institutionId!: string;
  userType!: ScimUserType;
}

/** A person as a school's identity provider sees them: an account and its membership at the school. */
export class ScimPerson {
  userId!: string;
  userType!: ScimUserType;
  email!: string;
  username!: string;
  name!: string;
  externalId!: string | null;
  active!: boolean;
  createdAt!: string;
  updatedAt!: string;
}

export class ScimPersonCommand extends InstitutionUserCommand {}

/** One page of the school's provisioned people, optionally filtered by equality on their identifiers. */
export class ScimPeopleQuery extends InstitutionScope {
  @MaxLength(200)
  @IsString()
  @IsOptional()
  username?: string;

  @MaxLength(254)
  @IsString()
  @IsOptional()
  email?: string;

  @MaxLength(200)
  @IsString()
  @IsOptional()
  externalId?: string;

  /** SCIM's one-based index of the first person of the page. */
  @Min(1)
  @IsInt()
  startIndex!: number;

  @Max(SCIM_MAX_PAGE)
  @Min(0)
  @IsInt()
  count!: number;
}

export class ScimPeopleReply {
  totalResults!: number;
  people!: ScimPerson[];
}

/**
 * The state the identity provider asks for a person: a new one (no `userId`) or the whole of one already provisioned.
 * Decided by DESIGN rule 7 as an ongoing sync.
 */
export class ProvisionScimPersonCommand extends InstitutionScope {
  @IsUUID()
  @IsOptional()
  userId?: string;

  @IsIn(SCIM_USER_TYPES)
  userType!: ScimUserType;

  @MaxLength(254)
  @MinLength(3)
  @IsString()
  email!: string;

  @MaxLength(200)
  @MinLength(1)
  @IsString()
  username!: string;

  @IsPersonName()
  @MaxLength(100)
  @IsString()
  givenName!: string;

  @IsPersonName()
  @MaxLength(100)
  @IsString()
  familyName!: string;

  @MaxLength(200)
  @IsString()
  @IsOptional()
  externalId?: string;

  @IsBoolean()
  active!: boolean;
}
