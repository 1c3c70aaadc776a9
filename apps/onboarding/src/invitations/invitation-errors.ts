import {
  ForbiddenError,
  GoneError,
  InvalidInputError,
  NotFoundError,
  UnauthenticatedError,
} from '@careers/messaging';

export class InvitationNotFound extends NotFoundError {
  constructor() {
    super('invitation_not_found', 'No invitation has this link. Check that the whole link was copied.');
  }
}

export class InvitationExpired extends GoneError {
  constructor() {
    super('invitation_expired', 'This invitation has expired. Ask the school to send it again.');
  }
}

export class InvitationUsed extends GoneError {
  constructor() {
    super('invitation_used', 'This invitation has already been accepted.');
  }
}

export class InvitationRevoked extends GoneError {
  constructor() {
    super('invitation_revoked', 'The school withdrew this invitation.');
  }
}

export class InvitationNeedsLogin extends UnauthenticatedError {
  constructor() {
    super('invitation_needs_login', 'An account has this email: log in with it, then accept the invitation.');
  }
}

export class InvitationForAnotherAccount extends ForbiddenError {
  constructor() {
    super('invitation_for_another_account', 'This invitation was sent to another email than your account’s.');
  }
}

export class NewAccountFieldsMissing extends InvalidInputError {
  constructor(missing: Array<'name' | 'password'>) {
    super(
      missing.map((field) => ({ field, message: `${field} is required to create your account` })),
      'Creating an account from the invitation needs a name and a password.',
    );
  }
}
