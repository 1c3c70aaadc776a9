import { scimUserFields, scimUserOf, SCIM_CAREERS_EXTENSION } from './scim-user-resource';

const PERSON = {
  userId: '7d2f1f0e-2c1a-4b5e-9d43-0c1f2a3b4c5d',
  userType: 'student' as const,
  email: 'ada@school.test',
  username: 'S1001',
  name: 'Augusta Ada King',
  externalId: 'entra-1',
  active: true,
  createdAt: '2026-12-07T10:00:00.000Z',
  updatedAt: '2026-12-07T11:00:00.000Z',
};

describe('scimUserOf and scimUserFields', () => {
  it('shows a person as a SCIM User and reads the same fields back', () => {
    const user = scimUserOf(PERSON, 'https://careers.test/scim/v2');

    expect(user).toMatchObject({
      id: PERSON.userId,
      userName: 'S1001',
      externalId: 'entra-1',
      name: { formatted: 'Augusta Ada King', givenName: 'Augusta Ada', familyName: 'King' },
      emails: [{ value: 'ada@school.test', primary: true }],
      active: true,
      [SCIM_CAREERS_EXTENSION]: { userType: 'student' },
      meta: { location: `https://careers.test/scim/v2/Users/${PERSON.userId}` },
    });
    expect(scimUserFields(user)).toEqual({
      userName: 'S1001',
      email: 'ada@school.test',
      givenName: 'Augusta Ada',
      familyName: 'King',
      externalId: 'entra-1',
      active: true,
      userType: 'student',
    });
  });

  it("takes the primary email, Entra ID's string booleans, and a formatted name", () => {
    const fields = scimUserFields({
      userName: 'S2',
      emails: [
        { value: 'home@mail.test', type: 'home' },
        { value: 'work@school.test', type: 'work', primary: 'True' },
      ],
      name: { formatted: 'Grace Hopper' },
      active: 'False',
    });

    expect(fields).toMatchObject({
      email: 'work@school.test',
      givenName: 'Grace',
      familyName: 'Hopper',
      active: false,
    });
  });

  it.each([
    [{ userName: 'S3', name: { givenName: 'A', familyName: 'B' } }, 'emails'],
    [{ userName: 'S3', emails: [{ value: 'nope' }], name: { givenName: 'A' } }, 'email address'],
    [{ userName: 7, emails: [{ value: 'a@b.test' }], name: { givenName: 'A' } }, 'userName must be a string'],
    [{ userName: 'S3', emails: [{ value: 'a@b.test' }] }, 'name'],
    [{ userName: 'S3', emails: [{ value: 'a@b.test' }], name: { givenName: 'A' }, active: 'yes' }, 'active'],
    [
      {
        userName: 'S3',
        emails: [{ value: 'a@b.test' }],
        name: { givenName: 'A' },
        [SCIM_CAREERS_EXTENSION]: { userType: 'employer' },
      },
      'userType',
    ],
  ])('refuses %j as an invalidValue naming %s', (body, named) => {
    expect(() => scimUserFields(body)).toThrow(
      expect.objectContaining({ scimType: 'invalidValue', message: expect.stringContaining(named) }),
    );
  });
});
