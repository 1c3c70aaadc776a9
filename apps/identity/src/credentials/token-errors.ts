import { GoneError, InvalidInputError } from '@careers/messaging';

export class TokenInvalid extends InvalidInputError {
  constructor() {
    super([{ field: 'token', message: 'token is not a valid link token' }], 'The link is not valid.');
  }
}

export class TokenExpired extends GoneError {
  constructor() {
    super('token_expired', 'The link has expired. Ask for a new one.');
  }
}

export class TokenUsed extends GoneError {
  constructor() {
    super('token_used', 'The link has already been used.');
  }
}
