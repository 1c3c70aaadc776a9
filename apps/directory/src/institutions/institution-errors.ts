import { NotFoundError } from '@careers/messaging';

export class InstitutionNotFound extends NotFoundError {
  constructor(institutionId: string) {
    super('institution_not_found', `No institution ${institutionId}.`);
  }
}
