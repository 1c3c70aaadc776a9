import { ConflictError, InvalidInputError, NotFoundError } from '@careers/messaging';

export class InstitutionNotFound extends NotFoundError {
  constructor(institutionId: string) {
    super('institution_not_found', `No institution ${institutionId}.`);
  }
}

export class InstitutionNameTaken extends ConflictError {
  constructor(name: string, existingId: string) {
    super('institution_name_taken', `An institution named "${name}" already exists (${existingId}).`, [
      { field: 'name', message: 'is already used by another institution' },
    ]);
  }
}

export class TooManyNameWords extends InvalidInputError {
  constructor(words: number, most: number) {
    super(
      [{ field: 'q', message: `q has ${words} words; a search takes at most ${most}` }],
      'The search has too many words.',
    );
  }
}
