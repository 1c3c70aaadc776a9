import { ValidationError } from 'class-validator';
import { toFieldErrors } from './field-errors';

function error(property: string, constraints: Record<string, string>, children: ValidationError[] = []) {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('toFieldErrors', () => {
  it('gives one entry per failed rule, with dotted paths for nested fields', () => {
    const errors = [
      error('name', { isDefined: 'name is required' }),
      error('address', {}, [error('city', { isString: 'city must be a string' })]),
    ];

    expect(toFieldErrors(errors)).toEqual([
      { field: 'name', message: 'name is required' },
      { field: 'address.city', message: 'city must be a string' },
    ]);
  });

  it('says plainly that an unknown field is not known', () => {
    const errors = [error('role', { whitelistValidation: 'property role should not exist' })];

    expect(toFieldErrors(errors)).toEqual([{ field: 'role', message: 'role is not a known field' }]);
  });
});
