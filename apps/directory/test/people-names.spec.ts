import { DirectorySubjects, IdentitySubjects, ImportedPerson } from '@careers/contracts';
import { TestSystem, waitFor } from '@careers/testing';
import { randomUUID } from 'node:crypto';

describe("the names in directory's replies, from identity's events", () => {
  let system: TestSystem;
  let institutionId: string;

  const newContact = async () =>
    (
      await system.request(DirectorySubjects.createContact, {
        institutionId,
        firstName: 'Noted',
        lastName: 'Contact',
        email: `${randomUUID()}@example.test`,
      })
    ).id;
  const note = (contactId: string, authorId: string) =>
    system.request(DirectorySubjects.addNote, { institutionId, contactId, authorId, text: 'A note.' });
  const authorNames = async (contactId: string) =>
    (await system.request(DirectorySubjects.listNotes, { institutionId, contactId })).items.map(
      (item) => item.authorName,
    );
  const importPeople = (people: ImportedPerson[]) =>
    system.request(IdentitySubjects.importApply, { institutionId, userType: 'mentor', people });
  const person = (row: number, email: string, name: string, userId?: string): ImportedPerson => ({
    row,
    userId,
    email,
    name,
    username: email,
    attributes: {},
    activate: false,
  });
  const idOf = async (email: string) =>
    (
      await system.db.query<{ id: string }>('select id from identity.user_account where email = $1', [email])
    )[0].id;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['identity', 'directory'] });
    institutionId = (
      await system.request(DirectorySubjects.createInstitution, {
        name: `Names U ${randomUUID().slice(0, 8)}`,
        createdBy: randomUUID(),
      })
    ).id;
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('names people an import creates, and gives them the names a later import changes', async () => {
    const ada = `ada-${randomUUID()}@example.test`;
    const bo = `bo-${randomUUID()}@example.test`;
    expect(await importPeople([person(2, ada, 'Ada Imported'), person(3, bo, 'Bo Imported')])).toEqual({
      failures: [],
    });
    const adaId = await idOf(ada);
    const contactId = await newContact();
    await note(contactId, adaId);
    await note(contactId, await idOf(bo));
    // Two notes of the same millisecond have no order between them: the names are compared as a set.
    const named = (names: string[]) => async () =>
      JSON.stringify((await authorNames(contactId)).sort()) === JSON.stringify(names) ? true : undefined;

    await waitFor('the imported names', named(['Ada Imported', 'Bo Imported']));
    expect(await importPeople([person(2, ada, 'Ada Renamed', adaId)])).toEqual({ failures: [] });

    await waitFor('the new name', named(['Ada Renamed', 'Bo Imported']));
  });

  it('gives no name for a user no event has told of', async () => {
    const contactId = await newContact();

    const added = await note(contactId, randomUUID());

    expect(added.authorName).toBeNull();
    expect(await authorNames(contactId)).toEqual([null]);
  });
});
