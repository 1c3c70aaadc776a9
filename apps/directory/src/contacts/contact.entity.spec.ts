import { Contact, contactKeys } from './contact.entity';

const INSTITUTION = '00000000-0000-4000-8000-000000000001';
const COMPANY = '00000000-0000-4000-8000-000000000002';

function ada(): Contact {
  return new Contact(
    INSTITUTION,
    { firstName: ' Ada ', lastName: 'Lovelace ', email: ' Ada@Example.org' },
    'manual',
    null,
  );
}

/** The keys as the fields they are derived from say they should be. */
function expectKeysFollowFields(contact: Contact): void {
  expect({ emailKey: contact.emailKey, sortName: contact.sortName, searchText: contact.searchText }).toEqual(
    contactKeys(contact),
  );
}

describe('a contact', () => {
  it('is made with trimmed names and email, and the keys they give', () => {
    const contact = ada();

    expect([contact.firstName, contact.lastName, contact.email]).toEqual([
      'Ada',
      'Lovelace',
      'Ada@Example.org',
    ]);
    expect(contact.emailKey).toBe('ada@example.org');
    expect(contact.sortName).toBe('lovelace ada');
    expect(contact.searchText).toBe('ada lovelace ada@example.org ');
  });

  it.each([
    ['first name', { firstName: 'Augusta' }, { sortName: 'lovelace augusta' }],
    ['last name', { lastName: 'King' }, { sortName: 'king ada' }],
    ['email', { email: 'COUNTESS@Example.org ' }, { emailKey: 'countess@example.org' }],
    [
      'company name',
      { companyName: ' Analytical Engines ' },
      { searchText: expect.stringMatching(/ analytical engines$/) },
    ],
  ])('keeps its keys in step when its %s changes', (_field, changes, keys) => {
    const contact = ada();

    contact.update(changes);

    expect(contact).toMatchObject(keys);
    expectKeysFollowFields(contact);
  });

  it('says which fields a change changed, in a fixed order, and nothing for values it already has', () => {
    const contact = ada();

    expect(contact.update({ title: 'Analyst', firstName: 'Ada', lastName: 'Byron' })).toEqual([
      'lastName',
      'title',
    ]);
    expect(contact.update({ title: ' Analyst ', lastName: 'Byron' })).toEqual([]);
    expect(contact.update({ email: 'ada@example.org' })).toEqual(['email']);
    expectKeysFollowFields(contact);
  });

  it('leaves absent fields alone and clears a blank detail', () => {
    const contact = ada();
    contact.update({
      title: 'Analyst',
      phone: '+44 20 7946 0000',
      companyId: COMPANY,
      companyName: 'Engines',
    });

    const changed = contact.update({ title: '   ', companyId: null });

    expect(changed).toEqual(['title', 'companyId']);
    expect(contact).toMatchObject({
      title: null,
      phone: '+44 20 7946 0000',
      companyId: null,
      companyName: 'Engines',
    });
    expectKeysFollowFields(contact);
  });

  it('is archived and restored once each', () => {
    const contact = ada();

    expect(contact.setArchived(false)).toBe(false);
    expect(contact.setArchived(true)).toBe(true);
    expect(contact.archived).toBe(true);
    expect(contact.setArchived(true)).toBe(false);
    expect(contact.setArchived(false)).toBe(true);
    expect(contact.archivedAt).toBeNull();
  });
});
