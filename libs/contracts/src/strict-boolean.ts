import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';

/** A query or a form carries only text: there a yes or no is one of these two words, written just so. */
const asBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/**
 * A yes or no a client sends: `true` or `false`, JSON's booleans in a body or, with `fromText`, those words in a query
 * or a form. Anything else (`1`, `yes`, `TRUE`, an empty value, a string in JSON) is refused naming the field, never
 * read as either.
 */
export function StrictBoolean(options: { fromText?: boolean } = {}): PropertyDecorator {
  const checks: PropertyDecorator[] = [IsBoolean({ message: '$property must be true or false' })];
  if (options.fromText) checks.push(Transform(asBoolean));
  return (target, key) => checks.forEach((check) => check(target, key));
}
