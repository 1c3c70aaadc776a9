import 'reflect-metadata';
import { ImportApplyCommand } from '@careers/contracts';
import { strictValidationPipe } from './rpc-validation.pipe';
import type { FieldError } from './rpc-error';

class Refused extends Error {
  constructor(readonly errors: FieldError[]) {
    super('refused');
  }
}

const pipe = strictValidationPipe((errors) => new Refused(errors));
const receive = (value: unknown) =>
  pipe.transform(value, { type: 'body', metatype: ImportApplyCommand, data: undefined });
const refusal = (value: unknown) =>
  receive(value).then(
    () => undefined,
    (error: Refused) => error.errors,
  );

const person = {
  row: 2,
  email: 'ada@school.test',
  username: 'S1',
  attributes: { school_year: 'Senior' },
  activate: false,
};
const command = {
  institutionId: '0b7c2d4e-1f3a-4b5c-8d9e-0f1a2b3c4d5e',
  userType: 'student',
  people: [person],
};

describe('the validation pipe with a bulk command', () => {
  it('takes the batch as it came, as an instance of the command', async () => {
    const received = (await receive(command)) as ImportApplyCommand;

    expect(received).toBeInstanceOf(ImportApplyCommand);
    expect(received.people).toBe(command.people);
  });

  it("validates the command's own fields and every row", async () => {
    expect(await refusal({ ...command, userType: 'wizard' })).toEqual([
      expect.objectContaining({ field: 'userType' }),
    ]);
    expect(await refusal({ ...command, role: 'admin' })).toEqual([
      { field: 'role', message: 'role is not a known field' },
    ]);
    expect(await refusal({ ...command, people: [{ ...person, password: 'x' }] })).toEqual([
      expect.objectContaining({ field: 'people', message: expect.stringContaining('[0].password') }),
    ]);
  });

  it('goes the usual way, which drops it, when the command has a __proto__ of its own', async () => {
    const hostile = JSON.parse(
      JSON.stringify(command).replace('{', '{"__proto__": {"people": []},'),
    ) as object;
    const received = (await receive(hostile)) as ImportApplyCommand;

    expect(Object.getPrototypeOf(received)).toBe(ImportApplyCommand.prototype);
    expect(received.people).toEqual(command.people);
  });
});
