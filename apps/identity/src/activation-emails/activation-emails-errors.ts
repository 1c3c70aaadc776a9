import { ConflictError, NotFoundError } from '@careers/messaging';

export class ActivationEmailsNotFound extends NotFoundError {
  constructor(activationSendId: string) {
    super('activation_emails_not_found', `No activation email send ${activationSendId} at this institution.`);
  }
}

export class InstitutionUsesSingleSignOn extends ConflictError {
  constructor() {
    super(
      'institution_uses_single_sign_on',
      'This institution signs its people in with its single sign-on: they have no password to set, so there is no ' +
        'activation email to send.',
    );
  }
}
