import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsString, validateSync } from 'class-validator';
import { CreateContactRequest, UpdateContactRequest } from './directory/contact.dto';
import { UpdateMeRequest } from './identity/me.dto';
import { SignupRequest } from './identity/signup.dto';
import { AddStaffRequest } from './identity/staff.dto';
import { CreateInvitedEmployerCommand } from './identity/user-connections.dto';
import { AcceptInvitationRequest } from './onboarding/invitation.dto';
import { IsPersonName } from './person-name';

class Person {
  @IsPersonName()
  @IsString()
  name!: string;
}

const problems = (name: unknown) =>
  validateSync(plainToInstance(Person, { name })).flatMap((error) => Object.values(error.constraints ?? {}));

describe('IsPersonName', () => {
  it.each([
    'J.R.R. Tolkien',
    'St. John Rivers',
    "Anne-Marie O'Neil",
    'Zoë Saldaña',
    '王秀英',
    'محمد بن سلمان',
    'Nguyễn Thị Minh Khai',
    'Dr. Ada Lovelace, Jr.',
    'Ada (she/her)',
  ])('accepts the name %j', (name) => {
    expect(problems(name)).toEqual([]);
  });

  it.each([
    ['a line feed', 'Eve\nhttp://evil.example'],
    ['a carriage return', 'Eve\rSmith'],
    ['a tab', 'Eve\tSmith'],
    ['a Unicode line separator', 'Eve\u2028Smith'],
    ['a Unicode paragraph separator', 'Eve\u2029Smith'],
    ['a next-line control', 'Eve\u0085Smith'],
    ['a right-to-left override', 'Eve \u202Eelpmaxe.live'],
  ])('refuses a name with %s, naming the field', (_label, name) => {
    expect(problems(name)).toEqual(['name must be on one line, without control characters']);
  });

  it.each([
    'Eve http://evil.example',
    'Eve HTTPS://evil.example',
    'ftp:evil.example',
    'mailto:eve@evil.example',
    'javascript:alert(1)',
    'Eve //evil.example and evil://x',
    'Eve www.evil.example',
    'Eve WWW.evil.example',
    'Eve www。evil。example',
  ])('refuses the plain link %j, naming the field', (name) => {
    expect(problems(name)).toEqual(['name must be a name, not a link or a web address']);
  });

  it('leaves a value that is not text to the type check', () => {
    expect(problems(7)).toEqual(['name must be a string']);
  });

  const NAMED_FIELDS: Array<[new () => object, string]> = [
    [SignupRequest, 'name'],
    [AddStaffRequest, 'name'],
    [UpdateMeRequest, 'name'],
    [AcceptInvitationRequest, 'name'],
    [CreateInvitedEmployerCommand, 'name'],
    [CreateContactRequest, 'firstName'],
    [CreateContactRequest, 'lastName'],
    [UpdateContactRequest, 'firstName'],
    [UpdateContactRequest, 'lastName'],
  ];

  it.each(NAMED_FIELDS.map(([type, field]) => [`${type.name}.${field}`, type, field] as const))(
    "is the rule of every request's person name: %s",
    (_label, type, field) => {
      const errors = validateSync(plainToInstance(type, { [field]: 'Eve www.evil.example' }));

      expect(errors.find((error) => error.property === field)?.constraints).toEqual({
        isPersonName: `${field} must be a name, not a link or a web address`,
      });
    },
  );
});
