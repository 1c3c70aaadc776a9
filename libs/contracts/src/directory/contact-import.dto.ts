import { ArrayMaxSize, IsArray, IsString, IsUUID, MaxLength } from 'class-validator';
import { BulkCommand, EachRow, RowShape } from '../each-row';
import { IMPORT_APPLY_MAX } from '../importer/import-apply.dto';
import { IMPORT_LOOKUP_MAX } from '../importer/import-lookup.dto';

/** The importer asks the directory, a batch of rows at a time, which of these emails are contacts already. */
@BulkCommand()
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
  row!: number;
  /** The contact the row updates; absent for a row that creates one. */
  contactId?: string;
  email!: string;
  firstName?: string;
  lastName?: string;
  title?: string;
  companyName?: string;
  phone?: string;
  /** Labels the contact gets (by name; a name the institution does not have yet becomes a label). */
  labels?: string[];
  archived?: boolean;
}

const IMPORTED_CONTACT: RowShape = {
  row: { kind: 'integer' },
  contactId: { kind: 'uuid', optional: true },
  email: { kind: 'text', maxLength: 254 },
  firstName: { kind: 'text', maxLength: 100, optional: true },
  lastName: { kind: 'text', maxLength: 100, optional: true },
  title: { kind: 'text', maxLength: 200, optional: true },
  companyName: { kind: 'text', maxLength: 200, optional: true },
  phone: { kind: 'text', maxLength: 40, optional: true },
  labels: { kind: 'texts', maxLength: 60, optional: true },
  archived: { kind: 'boolean', optional: true },
};

/** A batch of decided rows of a contacts file, written by the directory in one transaction (source: bulk upload). */
@BulkCommand()
export class ContactImportApplyCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  actorId!: string;

  @EachRow(IMPORTED_CONTACT)
  @ArrayMaxSize(IMPORT_APPLY_MAX)
  @IsArray()
  contacts!: ImportedContact[];
}
