import { ConflictError, NotFoundError, UnauthenticatedError, UnprocessableError } from '@careers/messaging';

export class ScimTokenInvalid extends UnauthenticatedError {
  constructor() {
    super('scim_token_invalid', 'The SCIM bearer token is unknown or revoked.');
  }
}

export class ScimTokenNotFound extends NotFoundError {
  constructor(tokenId: string) {
    super('scim_token_not_found', `No SCIM token ${tokenId} at this institution.`);
  }
}

export class ScimPersonNotFound extends NotFoundError {
  constructor(userId: string) {
    super('scim_person_not_found', `No provisioned person ${userId} at this institution.`);
  }
}

/** SCIM's `uniqueness`: the person's identifiers are another person's, or an account of another type's. */
export class ScimPersonTaken extends ConflictError {
  constructor(reason: string) {
    super('scim_uniqueness', reason);
  }
}

/** SCIM's `mutability`: the change touches an identifier a sync may not change. */
export class ScimImmutableField extends UnprocessableError {
  constructor(reason: string) {
    super('scim_mutability', reason);
  }
}

export class ScimTokensLimit extends ConflictError {
  constructor(limit: number) {
    super('scim_tokens_limit', `The institution holds ${limit} SCIM tokens in use: revoke one first.`);
  }
}
