import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IMPORT_APPLY_MAX } from '../importer/import-apply.dto';
import { IMPORT_LOOKUP_MAX } from '../importer/import-lookup.dto';

/** The importer asks the directory, a batch of rows at a time, which of these emails are contacts already. */
export class ContactImportLookupCommand {
  @IsUUID()
  institutionId!: string;

  @MaxLength(254, { each: true })
  @IsString({ each: true })
  @ArrayMaxSize(IMPORT_LOOKUP_MAX)
  @IsArray()
  emails!: string[];
}

/** A contact as a contacts file's rules read it. */
export class ContactForImport {
  id!: string;
  email!: string;
  firstName!: string;
  lastName!: string;
  title!: string | null;
  companyName!: string | null;
  phone!: string | null;
  /** Label names. */
  labels!: string[];
  archived!: boolean;
}

export class ContactImportLookupReply {
  contacts!: ContactForImport[];
}

/**
 * One decided row of a contacts file, as the state it asks for (a field absent is left as it is, so blank cells
 * never erase): applying it twice changes nothing the second time.
 */
export class ImportedContact {
  @IsInt()
  row!: number;

  /** The contact the row updates; absent for a row that creates one. */
  @IsUUID()
  @IsOptional()
  contactId?: string;

  @MaxLength(254)
  @IsString()
  email!: string;

  @MaxLength(100)
  @IsString()
  @IsOptional()
  firstName?: string;

  @MaxLength(100)
  @IsString()
  @IsOptional()
  lastName?: string;

  @MaxLength(200)
  @IsString()
  @IsOptional()
  title?: string;

  @MaxLength(200)
  @IsString()
  @IsOptional()
  companyName?: string;

  @MaxLength(40)
  @IsString()
  @IsOptional()
  phone?: string;

  /** Labels the contact gets (by name; a name the institution does not have yet becomes a label). */
  @MaxLength(60, { each: true })
  @IsString({ each: true })
  @IsArray()
  @IsOptional()
  labels?: string[];

  @IsBoolean()
  @IsOptional()
  archived?: boolean;
}

/** A batch of decided rows of a contacts file, written by the directory in one transaction (source: bulk upload). */
export class ContactImportApplyCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  actorId!: string;

  @ValidateNested({ each: true })
  @Type(() => ImportedContact)
  @ArrayMaxSize(IMPORT_APPLY_MAX)
  @IsArray()
  contacts!: ImportedContact[];
}
