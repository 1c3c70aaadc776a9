import { patchedUser } from './scim-patch-request';
import { scimUserOf } from './scim-user-resource';

const SCHEMAS = ['urn:ietf:params:scim:api:messages:2.0:PatchOp'];

const CURRENT = scimUserOf(
  {
    userId: '7d2f1f0e-2c1a-4b5e-9d43-0c1f2a3b4c5d',
    userType: 'student',
    email: 'ada@school.test',
    username: 'S1001',
    name: 'Ada Lovelace',
    externalId: null,
    active: true,
    createdAt: '2026-12-07T10:00:00.000Z',
    updatedAt: '2026-12-07T10:00:00.000Z',
  },
  'https://careers.test/scim/v2',
);

describe('patchedUser', () => {
  it("applies Entra ID's capitalised operations with paths, string booleans left for the mapping", () => {
    const patched = patchedUser(CURRENT, {
      schemas: SCHEMAS,
      Operations: [
        { op: 'Replace', path: 'name.familyName', value: 'King' },
        { op: 'Replace', path: 'active', value: 'False' },
        { op: 'Add', path: 'externalId', value: 'entra-1' },
      ],
    });

    expect(patched).toMatchObject({ name: { familyName: 'King' }, active: 'False', externalId: 'entra-1' });
    expect(CURRENT.active).toBe(true);
  });

  it("applies Okta's operation without a path", () => {
    expect(
      patchedUser(CURRENT, { schemas: SCHEMAS, Operations: [{ op: 'replace', value: { active: false } }] }),
    ).toMatchObject({
      active: false,
    });
  });

  it('refuses a body without operations or its schema, too many, or an unknown op', () => {
    expect(() => patchedUser(CURRENT, { Operations: [{ op: 'replace', value: { active: false } }] })).toThrow(
      expect.objectContaining({ status: 400 }),
    );
    expect(() => patchedUser(CURRENT, {})).toThrow(expect.objectContaining({ scimType: 'invalidSyntax' }));
    const many = Array.from({ length: 51 }, () => ({ op: 'replace', path: 'displayName', value: 'X' }));
    expect(() => patchedUser(CURRENT, { schemas: SCHEMAS, Operations: many })).toThrow(
      expect.objectContaining({ scimType: 'tooMany' }),
    );
    expect(() =>
      patchedUser(CURRENT, { schemas: SCHEMAS, Operations: [{ op: 'move', path: 'active' }] }),
    ).toThrow(expect.objectContaining({ status: 400 }));
  });
});
