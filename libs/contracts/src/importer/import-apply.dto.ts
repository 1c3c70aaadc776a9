import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { USER_TYPES, UserType } from '../identity/user-type';

/** The most rows the importer sends identity in one request. */
export const IMPORT_APPLY_MAX = 2000;

/**
 * One decided row of a people file, as the state it asks for: applying it twice changes nothing the second time.
 * A blank cell is absent here, so it never erases what is stored.
 */
export class ImportedPerson {
  @IsInt()
  row!: number;

  /** The account the row updates; absent for a row that creates one. */
  @IsUUID()
  @IsOptional()
  userId?: string;

  @MaxLength(254)
  @IsString()
  email!: string;

  /** Given when the account is created or its name changes: the file's first and last name. */
  @MaxLength(201)
  @IsString()
  @IsOptional()
  name?: string;

  @MaxLength(200)
  @IsString()
  username!: string;

  @MaxLength(200)
  @IsString()
  @IsOptional()
  authIdentifier?: string;

  /** The institution's attributes the row gives (merged into what is stored). */
  @IsObject()
  attributes!: Record<string, string>;

  /** A pending membership becomes active (a manual run with the sensitive-fields setting). */
  @IsBoolean()
  activate!: boolean;
}

/** A batch of decided rows of one file, applied by identity in one transaction, a few statements whatever its size. */
export class ImportApplyCommand {
  @IsUUID()
  institutionId!: string;

  @IsIn(USER_TYPES)
  userType!: UserType;

  @ValidateNested({ each: true })
  @Type(() => ImportedPerson)
  @ArrayMaxSize(IMPORT_APPLY_MAX)
  @IsArray()
  people!: ImportedPerson[];
}

export class ImportApplyFailure {
  row!: number;
  reason!: string;
}

/** The rows identity could not apply (the world changed since they were decided); every other row is applied. */
export class ImportApplyReply {
  failures!: ImportApplyFailure[];
}
