import { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { InvalidRequestException } from './invalid-request.exception';

/**
 * Refuses text holding a NUL character before the next pipe validates the rest: no field means one, and PostgreSQL
 * can neither store nor compare it (the query would fail, a 500 instead of a 400 naming the field).
 */
export class NulFreeInputPipe implements PipeTransform {
  constructor(private readonly next: PipeTransform) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // Custom parameters (the caller) come from the gateway itself, not from the request.
    const fields = metadata.type === 'custom' ? [] : fieldsWithNul(value, metadata.data ?? '');
    if (fields.length > 0) {
      throw new InvalidRequestException(
        fields.map((field) => ({ field, message: `${field} must not contain a NUL character` })),
      );
    }
    return this.next.transform(value, metadata);
  }
}

function fieldsWithNul(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => fieldsWithNul(inner, path ? `${path}.${key}` : key));
}
