import type { ValidationError } from 'class-validator';
import type { FieldError } from './rpc-error';

/** Flattens class-validator's tree into one entry per invalid field, with dotted paths (`address.city`). */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: unknownFieldMessage(message, error.property) ?? message,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

function unknownFieldMessage(message: string, property: string): string | undefined {
  return message === `property ${property} should not exist` ? `${property} is not a known field` : undefined;
}
