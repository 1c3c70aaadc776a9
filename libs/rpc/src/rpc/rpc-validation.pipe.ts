import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { isBulkCommand } from '@careers/contracts';
import { validate, ValidatorOptions } from 'class-validator';
import { InvalidInputError } from './domain-errors';
import { toFieldErrors } from './field-errors';
import type { FieldError } from './rpc-error';

const VALIDATOR_OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  stopAtFirstError: true,
};

/**
 * The one validation policy at every edge: unknown fields refused, values transformed to their classes, the first
 * failure of each field reported; the caller says what error carries the field errors. A bulk command (thousands of
 * rows, each checked by `EachRow`) is taken as it came rather than copied row by row into new objects first: its own
 * fields are validated all the same.
 */
class StrictValidationPipe extends ValidationPipe {
  constructor(private readonly toError: (errors: FieldError[]) => Error) {
    super({
      ...VALIDATOR_OPTIONS,
      transform: true,
      exceptionFactory: (errors) => toError(toFieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    if (!type || !isBulkCommand(type) || !isPlainRecord(value)) return super.transform(value, metadata);
    const command = Object.assign(Object.create(type.prototype as object) as object, value);
    const errors = await validate(command, VALIDATOR_OPTIONS);
    if (errors.length > 0) throw this.toError(toFieldErrors(errors));
    return command;
  }
}

/** An object as JSON gives it, without a `__proto__` of its own (which assigning would make its prototype). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype &&
    !Object.hasOwn(value, '__proto__')
  );
}

export function strictValidationPipe(toError: (errors: FieldError[]) => Error): ValidationPipe {
  return new StrictValidationPipe(toError);
}

/** Services validate their payloads too, and answer bad ones with an RPC error naming each field. */
export function rpcValidationPipe(): ValidationPipe {
  return strictValidationPipe((errors) => new InvalidInputError(errors));
}
