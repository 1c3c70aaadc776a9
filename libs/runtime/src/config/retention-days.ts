import { Type } from 'class-transformer';
import { IsInt, Max, ValidateBy } from 'class-validator';

const MAX_DAYS = 3650;

/**
 * How many days the variable of that name keeps a kind of row: a whole number of days, 0 to keep them forever; with
 * `minimum`, any other value must be at least that.
 */
export function RetentionDays(variable: string, minimum = 1): (target: object, key: string) => void {
  const range =
    minimum > 1 ? `0 (forever) or from ${minimum} to ${MAX_DAYS}` : `from 0 (forever) to ${MAX_DAYS}`;
  // Applied in the order a stack of decorators would be (bottom first), so a word fails as "not a whole number".
  const checks = [
    IsInt({ message: `${variable} must be a whole number of days` }),
    Type(() => Number),
    Max(MAX_DAYS, { message: `${variable} must be ${range}` }),
    ValidateBy(
      {
        name: 'retentionDays',
        validator: {
          validate: (value: unknown) => value === 0 || (typeof value === 'number' && value >= minimum),
        },
      },
      { message: `${variable} must be ${range}` },
    ),
  ];
  return (target, key) => checks.forEach((check) => check(target, key));
}
