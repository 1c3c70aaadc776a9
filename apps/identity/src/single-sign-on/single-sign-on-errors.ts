import {
  ForbiddenError,
  InvalidInputError,
  UnauthenticatedError,
  UpstreamFailedError,
  UpstreamTimeoutError,
} from '@careers/messaging';
import { ProviderError } from './openid-relying-party';

export class NotAllowedToConfigure extends ForbiddenError {
  constructor() {
    super(
      'forbidden',
      'Only a current administrator of this institution may change its single sign-on: your roles here have changed.',
    );
  }
}

/** The first configuration of a provider needs its client secret; later ones may leave it out to keep it. */
export class ClientSecretRequired extends InvalidInputError {
  constructor() {
    super([{ field: 'clientSecret', message: 'clientSecret is required when no secret is stored yet' }]);
  }
}

export class SingleSignOnUnavailable extends ForbiddenError {
  constructor() {
    super(
      'single_sign_on_unavailable',
      'This school does not offer single sign-on: sign in with your email and password.',
    );
  }
}

export class SingleSignOnAttemptInvalid extends UnauthenticatedError {
  constructor() {
    super(
      'single_sign_on_attempt_invalid',
      'This sign-in was not begun here, was used already or took too long: start again from the sign-in page.',
    );
  }
}

export class SingleSignOnRejected extends UnauthenticatedError {
  constructor() {
    super(
      'single_sign_on_rejected',
      "The school's sign-in answer could not be trusted: start again from the sign-in page.",
    );
  }
}

export class SingleSignOnUnknownPerson extends ForbiddenError {
  constructor() {
    super(
      'single_sign_on_unknown_person',
      'Your school signed you in, but you are not one of its people here yet: ask its career services.',
    );
  }
}

/** The provider's failure as the person is told it: its own fault (502, 504) or an answer refused (401). */
export function providerRefusal(error: ProviderError): Error {
  switch (error.failure) {
    case 'failed':
      return new UpstreamFailedError(
        'single_sign_on_provider_failed',
        "The school's sign-in service did not answer as it should: try again later.",
      );
    case 'timeout':
      return new UpstreamTimeoutError(
        'single_sign_on_provider_timeout',
        "The school's sign-in service took too long to answer: try again later.",
      );
    case 'rejected':
      return new SingleSignOnRejected();
  }
}
