import type { components } from '@careers/api-client';

export type Import = components['schemas']['ImportReply'];
export type Finding = components['schemas']['FindingReply'];
export type RowPlan = components['schemas']['RowPlanReply'];
export type FileType = Import['fileType'];
export type Outcome = RowPlan['outcome'];

/** The importer's file types, as the seeds name them (the API takes the same words). */
export const FILE_TYPES: FileType[] = ['Students', 'Alumni', 'Mentors', 'Contacts'];

export const OUTCOMES: Outcome[] = ['create', 'update', 'unchanged', 'skip', 'fail'];

export const IMPORT_STATUS_WORDS: Record<string, string> = {
  analyzing: 'Analysing',
  analyzed: 'Analysed',
  failed: 'Analysis failed',
  running: 'Running',
  completed: 'Completed',
  stopped: 'Stopped',
};

export const IMPORT_STATUS_COLORS: Record<string, string> = {
  analyzing: 'blue',
  analyzed: 'teal',
  failed: 'red',
  running: 'blue',
  completed: 'green',
  stopped: 'orange',
};

export const MODE_WORDS: Record<string, string> = {
  manual: 'Manual',
  sync: 'Sync',
};

export const OUTCOME_WORDS: Record<string, string> = {
  create: 'Create',
  update: 'Update',
  unchanged: 'Unchanged',
  skip: 'Skip',
  fail: 'Fail',
};

export const OUTCOME_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  unchanged: 'gray',
  skip: 'yellow',
  fail: 'red',
};

/** The analyzers' finding codes, as headings for people. */
export const FINDING_WORDS: Record<string, string> = {
  missing_column: 'Required column missing',
  recommended_column_missing: 'Recommended column missing',
  duplicate_header: 'Column appears twice',
  unknown_column: 'Unknown column',
  blank_header: 'Column without a name',
  single_sign_on_column: 'Single sign-on column',
  single_sign_on_not_used: 'Single sign-on not used',
  wrong_cell_count: 'Wrong number of cells',
  missing_value: 'Required value missing',
  recommended_value_missing: 'Recommended value missing',
  duplicate_value: 'Value repeated in the file',
  malformed_email: 'Not an email address',
  malformed_date: 'Not a date',
  not_a_whole_number: 'Not a whole number',
  number_out_of_range: 'Number out of range',
  not_allowed_value: 'Value not allowed',
  wrong_value: 'Wrong value',
  value_too_long: 'Value too long',
  too_many_items: 'Too many items',
};

export const SEVERITY_WORDS: Record<string, string> = { error: 'Error', warning: 'Warning' };
