import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { StrictBoolean } from './strict-boolean';

class Body {
  @StrictBoolean()
  flag!: unknown;
}

class Form {
  @StrictBoolean({ fromText: true })
  flag!: unknown;
}

const read = (type: new () => object, flag: unknown) => {
  const instance = plainToInstance(type, { flag }) as { flag: unknown };
  const errors = validateSync(instance).flatMap((error) => Object.values(error.constraints ?? {}));
  return errors.length > 0 ? errors : instance.flag;
};

describe('StrictBoolean', () => {
  it('takes JSON’s true and false, and refuses anything else naming the field', () => {
    expect(read(Body, true)).toBe(true);
    expect(read(Body, false)).toBe(false);
    for (const value of ['true', 'false', 1, 0, 'yes', null]) {
      expect(read(Body, value)).toEqual(['flag must be true or false']);
    }
  });

  it('takes the words true and false from a query or a form, and no other spelling', () => {
    expect(read(Form, 'true')).toBe(true);
    expect(read(Form, 'false')).toBe(false);
    expect(read(Form, true)).toBe(true);
    for (const value of ['no', 'yes', '1', '0', 'TRUE', 'False', ' true', '', 1]) {
      expect(read(Form, value)).toEqual(['flag must be true or false']);
    }
  });
});
