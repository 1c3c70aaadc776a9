import { ArrayMaxSize, IsArray, IsIn, IsUUID } from 'class-validator';
import { BulkCommand, EachRow, RowShape } from '../each-row';
import { USER_TYPES, UserType } from '../identity/user-type';

/** The most rows the importer sends identity in one request. */
export const IMPORT_APPLY_MAX = 2000;

/**
 * One decided row of a people file, as the state it asks for: applying it twice changes nothing the second time.
 * A blank cell is absent here, so it never erases what is stored.
 */
export class ImportedPerson {
  row!: number;
  /** The account the row updates; absent for a row that creates one. */
  userId?: string;
  email!: string;
  /** Given when the account is created or its name changes: the file's first and last name. */
  name?: string;
  username!: string;
  authIdentifier?: string;
  /** The institution's attributes the row gives (merged into what is stored). */
  attributes!: Record<string, string>;
  /** A pending membership becomes active (a manual run with the sensitive-fields setting). */
  activate!: boolean;
}

const IMPORTED_PERSON: RowShape = {
  row: { kind: 'integer' },
  userId: { kind: 'uuid', optional: true },
  email: { kind: 'text', maxLength: 254 },
  name: { kind: 'text', maxLength: 201, optional: true },
  username: { kind: 'text', maxLength: 200 },
  authIdentifier: { kind: 'text', maxLength: 200, optional: true },
  attributes: { kind: 'textMap' },
  activate: { kind: 'boolean' },
};

/** A batch of decided rows of one file, applied by identity in one transaction, a few statements whatever its size. */
@BulkCommand()
export class ImportApplyCommand {
  @IsUUID()
  institutionId!: string;

  @IsIn(USER_TYPES)
  userType!: UserType;

  @EachRow(IMPORTED_PERSON)
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
