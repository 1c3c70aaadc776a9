import { ValidationPipe } from '@nestjs/common';
import { InvalidInputError } from './domain-errors';
import { toFieldErrors } from './field-errors';
import type { FieldError } from './rpc-error';

/**
 * The one validation policy at every edge: unknown fields refused, values transformed to their classes, the first
 * failure of each field reported; the caller says what error carries the field errors.
 */
export function strictValidationPipe(toError: (errors: FieldError[]) => Error): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => toError(toFieldErrors(errors)),
  });
}

/** Services validate their payloads too, and answer bad ones with an RPC error naming each field. */
export function rpcValidationPipe(): ValidationPipe {
  return strictValidationPipe((errors) => new InvalidInputError(errors));
}
