import { ConflictError, NotFoundError, UnprocessableError } from '@careers/messaging';

export class LabelNotFound extends NotFoundError {
  constructor(labelId: string) {
    super('label_not_found', `No label ${labelId} in this institution.`);
  }
}

export class LabelNameTaken extends ConflictError {
  constructor(name: string, existingId: string) {
    super('label_name_taken', `The label "${name}" already exists (${existingId}).`, [
      { field: 'name', message: 'is already a label of this institution' },
    ]);
  }
}

/** Labels named in a contact's request that are not the institution's own. */
export class UnknownLabels extends UnprocessableError {
  constructor(field: string, labelIds: string[]) {
    super('unknown_labels', `Not labels of this institution: ${labelIds.join(', ')}.`, [
      {
        field,
        message: `${labelIds.join(', ')} ${labelIds.length === 1 ? 'is not a label' : 'are not labels'} of this institution`,
      },
    ]);
  }
}
