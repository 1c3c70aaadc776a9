import type { AnalysisFailureCode } from '@careers/contracts';
import { ConflictError, GoneError, NotFoundError } from '@careers/messaging';

export class ImportNotFound extends NotFoundError {
  constructor(importId: string) {
    super('import_not_found', `No import ${importId} at this institution.`);
  }
}

/**
 * The upload cannot be read as a CSV file at all (the analyzers report what is wrong inside a readable one). Not an RPC
 * error: the file is read in the background, and its import fails with this code (`analysis.failure`), while no
 * request waits for an answer.
 */
export class UnreadableFile extends Error {
  constructor(
    readonly code: AnalysisFailureCode,
    message: string,
  ) {
    super(message);
  }
}

export class ImportNotEditable extends ConflictError {
  constructor(status: string) {
    super('import_not_editable', `The import is ${status}: its file can no longer be replaced.`);
  }
}

/** The object the gateway named is not in the file store (it expired, or was read already). */
export class UploadMissing extends UnreadableFile {
  constructor() {
    super('upload_missing', 'The uploaded file could not be found; upload it again.');
  }
}

export class ImportNotAnalyzed extends ConflictError {
  constructor(status: string) {
    super(
      'import_not_analyzed',
      status === 'failed'
        ? 'The file could not be analysed: upload a corrected file (PUT on the import) before running it.'
        : 'The file is still being analysed: follow the import until its status is analyzed, then run it.',
    );
  }
}

export class ImportHasErrors extends ConflictError {
  constructor(errors: number) {
    super(
      'import_has_errors',
      `The file has ${errors} error finding${errors === 1 ? '' : 's'}: correct them and upload the file again ` +
        '(PUT on the import) before running it.',
    );
  }
}

export class ImportAlreadyRun extends ConflictError {
  constructor(status: string) {
    super(
      'import_already_run',
      `The import is ${status}: an import runs once; upload the file again to run it again.`,
    );
  }
}

export class ImportNotRun extends ConflictError {
  constructor() {
    super('import_not_run', 'The import has not been run: its results come with its run.');
  }
}

export class ImportRowsPruned extends GoneError {
  constructor() {
    super(
      'import_rows_pruned',
      "The import's rows, findings and results were removed, its run having finished longer ago than they are kept; " +
        'the import itself, with its counts, stays.',
    );
  }
}
