import { scimUserFilter } from './scim-filter';

describe('scimUserFilter', () => {
  it("reads the providers' look-ups: userName, emails.value, externalId, joined by and", () => {
    expect(scimUserFilter('userName eq "ada@school.test"')).toEqual({ username: 'ada@school.test' });
    expect(scimUserFilter('emails[value eq "ada@school.test"]')).toEqual({ email: 'ada@school.test' });
    expect(scimUserFilter('externalId eq "00u1" and emails.value eq "a@b.test"')).toEqual({
      externalId: '00u1',
      email: 'a@b.test',
    });
    expect(scimUserFilter('USERNAME eq "S1"')).toEqual({ username: 'S1' });
    expect(scimUserFilter(undefined)).toEqual({});
  });

  it.each([
    'userName eq',
    'userName co "a"',
    'userName eq "a" or userName eq "b"',
    'title eq "Engineer"',
    'userName eq "a" and userName eq "b"',
    'active eq true',
    `userName eq "${'a'.repeat(500)}"`,
  ])('refuses %s as an invalidFilter', (filter) => {
    expect(() => scimUserFilter(filter)).toThrow(
      expect.objectContaining({ status: 400, scimType: 'invalidFilter' }),
    );
  });
});
