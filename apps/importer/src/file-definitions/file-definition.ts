import type { FileType } from '@careers/contracts';
import type { ColumnRule } from './column-rule';

export interface ColumnDefinition {
  /** Exactly as people write it in the header. */
  name: string;
  rule: ColumnRule;
  /** A row without a value is an error. */
  required?: boolean;
  /** A file or row without it gets a warning. */
  recommended?: boolean;
  /** Two rows with the same value (any case) are an error. */
  uniqueInFile?: boolean;
  /** Only for institutions that use single sign-on. */
  singleSignOnOnly?: boolean;
}

/** One kind of file: its columns, each with its rule. Data, so that analyzers and runs read the same thing. */
export interface FileDefinition {
  fileType: FileType;
  /** People (students, alumni, mentors) or the institution's contacts. */
  target: 'users' | 'contacts';
  columns: ColumnDefinition[];
}

export function columnOf(definition: FileDefinition, name: string): ColumnDefinition | undefined {
  return definition.columns.find((column) => column.name === name);
}
