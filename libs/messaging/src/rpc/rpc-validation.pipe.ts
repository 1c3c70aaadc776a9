import { ValidationPipe } from '@nestjs/common';
import { InvalidInputError } from './domain-errors';
import { toFieldErrors } from './field-errors';

/** Services validate their payloads too, and answer bad ones with an RPC error naming each field. */
export function rpcValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new InvalidInputError(toFieldErrors(errors)),
  });
}
