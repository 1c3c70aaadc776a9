import { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import type { FieldError } from '@careers/rpc';
import { InvalidRequestException } from './request-errors';

/** A UTF-16 surrogate that is not half of a pair: no character at all, and text that cannot be encoded as UTF-8. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Refuses text that no field can mean before the next pipe validates the rest: a NUL character, which PostgreSQL can
 * neither store nor compare, and a lone surrogate, which no encoder turns into UTF-8 (either would fail deeper down, a
 * 500 instead of a 400 naming the field).
 */
export class WellFormedTextPipe implements PipeTransform {
  constructor(private readonly next: PipeTransform) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // Custom parameters (the caller) come from the gateway itself, not from the request.
    const errors = metadata.type === 'custom' ? [] : illFormedTexts(value, metadata.data ?? '');
    if (errors.length > 0) throw new InvalidRequestException(errors);
    return this.next.transform(value, metadata);
  }
}

/** Each string of the value that is not well-formed text, in the order the value holds them. */
function illFormedTexts(value: unknown, path: string): FieldError[] {
  const errors: FieldError[] = [];
  // Walked with a stack of its own, so that no nesting the request sends can overflow the call stack.
  const pending: Array<[value: unknown, path: string]> = [[value, path]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [inner, field] = next;
    if (typeof inner === 'string') {
      if (inner.includes('\u0000'))
        errors.push({ field, message: `${field} must not contain a NUL character` });
      else if (LONE_SURROGATE.test(inner))
        errors.push({ field, message: `${field} must not contain a lone UTF-16 surrogate` });
    } else if (inner !== null && typeof inner === 'object') {
      const entries = Object.entries(inner).reverse();
      pending.push(
        ...entries.map(([key, item]): [unknown, string] => [item, field ? `${field}.${key}` : key]),
      );
    }
  }
  return errors;
}
