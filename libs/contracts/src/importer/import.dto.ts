import { CursorPageQuery } from '../page-query.dto';
import type { ImportRunReply } from './import-run.dto';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateBy } from 'class-validator';
import { StrictBoolean } from '../strict-boolean';
import type { ProblemCode } from '../problems';

/** The JetStream object store bucket where the gateway puts uploaded files for the importer to read. */
export const IMPORT_FILES_BUCKET = 'import-files';

/** The kinds of file an institution uploads; each has its own file definition. */
export const FILE_TYPES = ['Students', 'Alumni', 'Mentors', 'Contacts'] as const;
export type FileType = (typeof FILE_TYPES)[number];

/** `sync`: the ongoing feed from the school's systems; `manual`: a one-off file. */
export const IMPORT_MODES = ['sync', 'manual'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/**
 * `analyzing`: the uploaded file is being read in the background (`analysis.rowsRead` so far); `failed`: it could
 * not be read (`analysis.failure` says why: upload a corrected file); `analyzed`: its findings and dry run are ready.
 */
export const IMPORT_STATUSES = [
  'analyzing',
  'failed',
  'analyzed',
  'running',
  'completed',
  'stopped',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const FINDING_SEVERITIES = ['error', 'warning'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** A sync never changes sensitive fields: only a manual file may ask to. */
const ManualFilesOnly = () =>
  ValidateBy({
    name: 'manualFilesOnly',
    validator: {
      validate: (value, args) => !(value === true && (args?.object as UploadImportFields).mode === 'sync'),
      defaultMessage: () => 'sensitiveFields is for manual files only: a sync never changes sensitive fields',
    },
  });

/** The form fields that come with the file. */
export class UploadImportFields {
  @IsIn(FILE_TYPES, { message: `fileType must be one of ${FILE_TYPES.join(', ')}` })
  @IsDefined({ message: 'fileType is required' })
  fileType!: FileType;

  @IsIn(IMPORT_MODES, { message: `mode must be one of ${IMPORT_MODES.join(', ')}` })
  @IsDefined({ message: 'mode is required' })
  mode!: ImportMode;

  /** Manual files only: rows may change usernames and auth identifiers (and approve pending requests). */
  @ManualFilesOnly()
  @StrictBoolean({ fromText: true })
  @IsOptional()
  sensitiveFields?: boolean;
}

/** Where the gateway put the uploaded file: an object in the JetStream object store. */
export class UploadedFile {
  @IsString()
  bucket!: string;

  @IsString()
  name!: string;

  @MaxLength(255)
  @IsString()
  fileName!: string;
}

export class CreateImportCommand extends UploadImportFields {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  actorId!: string;

  @Type(() => UploadedFile)
  @IsDefined()
  file!: UploadedFile;
}

export class ImportCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  importId!: string;
}

/** A corrected file for the same import: its rows replace the old ones and the analyzers run again. */
export class ReplaceImportFileCommand extends ImportCommand {
  @IsUUID()
  actorId!: string;

  @Type(() => UploadedFile)
  @IsDefined()
  file!: UploadedFile;
}

export class ListFindingsQuery extends CursorPageQuery {
  @IsIn(FINDING_SEVERITIES, { message: `severity must be one of ${FINDING_SEVERITIES.join(', ')}` })
  @IsOptional()
  severity?: FindingSeverity;

  @MaxLength(60)
  @IsString()
  @IsOptional()
  code?: string;
}

export class ListFindingsCommand extends ListFindingsQuery {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  importId!: string;
}

export class FindingReply {
  /** The file's row (1 is the first row after the header); `null` for a finding about the whole file. */
  row!: number | null;
  column!: string | null;
  value!: string | null;
  code!: string;
  message!: string;
  severity!: FindingSeverity;
}

export class FindingSummaryEntry {
  code!: string;
  severity!: FindingSeverity;
  count!: number;
}

export class FindingPageReply {
  items!: FindingReply[];
  /** Pass as `cursor` for the items after this page; `null` on the last page. */
  nextCursor!: string | null;
  /** Every stored finding of the import counted by code. */
  summary!: FindingSummaryEntry[];
  /**
   * Findings about rows found beyond the caps (the first 100 of a code, 1,000 in all, are stored), not stored:
   * counted by code. They count in the import's `errors` and `warnings`.
   */
  omitted!: FindingSummaryEntry[];
}

/**
 * Why an uploaded file cannot be analysed at all (its analysis fails with the code; the analyzers report what is wrong
 * inside a readable file as findings): lost before it was read, not text, more columns or a longer record than allowed,
 * not CSV, not UTF-8, or the analysis failed again and again.
 */
export const ANALYSIS_FAILURE_CODES = [
  'upload_missing',
  'binary_file',
  'too_many_columns',
  'malformed_csv',
  'not_utf8',
  'record_too_long',
  'analysis_failed',
] as const;
export type AnalysisFailureCode = (typeof ANALYSIS_FAILURE_CODES)[number];

/** Why a file could not be analysed. */
export class AnalysisFailureReply {
  /** An analysis failure code (`not_utf8`, `binary_file`...), or a problem code a service refused the analysis with. */
  code!: AnalysisFailureCode | ProblemCode;
  message!: string;
}

/** How far the analysis of the uploaded file is. */
export class ImportAnalysisReply {
  /** Rows read and stored so far (all of them once analysed). */
  rowsRead!: number;
  finishedAt!: string | null;
  /** Set when the status is `failed`. */
  failure!: AnalysisFailureReply | null;
}

export class ImportReply {
  id!: string;
  institutionId!: string;
  fileType!: FileType;
  mode!: ImportMode;
  sensitiveFields!: boolean;
  fileName!: string;
  status!: ImportStatus;
  rows!: number;
  errors!: number;
  warnings!: number;
  createdBy!: string;
  /** The name of who uploaded the file, as it is now; `null` once their account is deleted, or until it is known here. */
  createdByName!: string | null;
  createdAt!: string;
  updatedAt!: string;
  /** The analysis of the file last uploaded: its progress, or why it failed. */
  analysis!: ImportAnalysisReply;
  /** The run, once submitted: its progress, then its counts. */
  run!: ImportRunReply | null;
  /**
   * `true` once the run finished longer ago than its rows, findings and results are kept: they are pruned, and their
   * routes answer 410 (`import-rows-pruned`); the import and its counts stay.
   */
  rowsPruned!: boolean;
}

export class ListImportsQuery extends CursorPageQuery {}

export class ListImportsCommand extends ListImportsQuery {
  @IsUUID()
  institutionId!: string;
}

export class ImportPageReply {
  items!: ImportReply[];
  /** Pass as `cursor` for the items after this page; `null` on the last page. */
  nextCursor!: string | null;
}
