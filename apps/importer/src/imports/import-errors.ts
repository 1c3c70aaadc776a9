import { ConflictError, NotFoundError, UnprocessableError } from '@careers/messaging';

export class ImportNotFound extends NotFoundError {
  constructor(importId: string) {
    super('import_not_found', `No import ${importId} at this institution.`);
  }
}

/** The upload cannot be read as a CSV file at all (the analyzers report what is wrong inside a readable one). */
export class UnreadableFile extends UnprocessableError {
  constructor(code: string, message: string) {
    super(code, message, [{ field: 'file', message }]);
  }
}

export class ImportNotEditable extends ConflictError {
  constructor(status: string) {
    super('import_not_editable', `The import is ${status}: its file can no longer be replaced.`);
  }
}

/** The object the gateway named is not in the file store (it expired, or was read already). */
export class UploadMissing extends UnprocessableError {
  constructor() {
    super('upload_missing', 'The uploaded file could not be found; upload it again.');
  }
}
