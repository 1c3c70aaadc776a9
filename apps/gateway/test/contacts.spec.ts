import { DirectorySubjects } from '@careers/contracts';
import {
  TestSystem,
  addContact,
  addLabel,
  ContactBody,
  ContactPage,
  addStaffMember,
  createInstitution,
  Person,
  signUpVerified,
  uniqueEmail,
  institutionWithStaff,
  waitFor,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';

interface Problem {
  status: number;
  detail: string;
  errors?: Array<{ field: string; message: string }>;
}

describe("an institution's address book", () => {
  let system: TestSystem;
  let admin: string;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    ({ admin, institutionId, staff } = await institutionWithStaff(system, 'career_services_staff'));
  });

  afterAll(async () => {
    await system?.stop();
  });

  const contacts = (path = '') => `/v1/institutions/${institutionId}/contacts${path}`;

  it('adds a contact with its details, as a manual one made by the caller', async () => {
    const response = await system.api.post<ContactBody & Record<string, unknown>>(
      contacts(),
      {
        firstName: ' Ada ',
        lastName: 'Lovelace',
        email: uniqueEmail('ada'),
        title: 'Head of Talent',
        phone: '+44 20 7946 0958',
        companyName: 'Analytical Engines Ltd',
      },
      staff.token,
    );

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
      title: 'Head of Talent',
      phone: '+44 20 7946 0958',
      companyName: 'Analytical Engines Ltd',
      source: 'manual',
      labels: [],
      linkedUserId: null,
      archived: false,
      createdBy: staff.id,
    });
    const read = await system.api.get(contacts(`/${response.body.id}`), staff.token);
    expect(read.body).toEqual(response.body);
  });

  it('names each missing or malformed field', async () => {
    const response = await system.api.post<Problem>(
      contacts(),
      { firstName: '  ', email: 'not-an-email', phone: 'call me', source: 'bulk_upload', extra: 1 },
      staff.token,
    );

    expect(response.status).toBe(400);
    const fields = response.body.errors?.map((error) => error.field).sort();
    expect(fields).toEqual(['email', 'extra', 'firstName', 'lastName', 'phone', 'source']);
  });

  it('bounds very long values', async () => {
    const response = await system.api.post<Problem>(
      contacts(),
      { firstName: 'x'.repeat(101), lastName: 'Long', email: uniqueEmail() },
      staff.token,
    );

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].field).toBe('firstName');
  });

  it('refuses a second contact with the same email, any case, naming the existing contact', async () => {
    const email = uniqueEmail('dup');
    const first = await addContact(system, staff.token, institutionId, { email });

    const second = await system.api.post<Problem>(
      contacts(),
      { firstName: 'Other', lastName: 'Person', email: email.toUpperCase() },
      staff.token,
    );

    expect(second.status).toBe(409);
    expect(second.body.detail).toContain(first.id);
    expect(second.body.detail).toContain('Pat Contact');
  });

  it('lets another institution have a contact with the same email', async () => {
    const email = uniqueEmail('shared');
    await addContact(system, staff.token, institutionId, { email });
    const other = await createInstitution(system, admin);

    const response = await system.api.post(
      `/v1/institutions/${other}/contacts`,
      { firstName: 'Same', lastName: 'Person', email },
      admin,
    );

    expect(response.status).toBe(201);
  });

  it('keeps the source through updates, and refuses to be told a new one', async () => {
    const contact = await addContact(system, staff.token, institutionId, { source: 'career_fair' });

    const updated = await system.api.patch<ContactBody>(
      contacts(`/${contact.id}`),
      { lastName: 'Renamed', title: null },
      staff.token,
    );
    const resourced = await system.api.patch<Problem>(
      contacts(`/${contact.id}`),
      { source: 'manual' },
      staff.token,
    );

    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ lastName: 'Renamed', source: 'career_fair' });
    expect(resourced.status).toBe(400);
    expect(resourced.body.errors?.[0].field).toBe('source');
    expect((await system.api.get<ContactBody>(contacts(`/${contact.id}`), staff.token)).body.source).toBe(
      'career_fair',
    );
  });

  it('refuses an update to an email another contact has', async () => {
    const taken = await addContact(system, staff.token, institutionId);
    const contact = await addContact(system, staff.token, institutionId);

    const response = await system.api.patch<Problem>(
      contacts(`/${contact.id}`),
      { email: taken.email },
      staff.token,
    );

    expect(response.status).toBe(409);
    expect(response.body.detail).toContain(taken.id);
  });

  it('applies one set of rules to a change, whether an import or staff through the API make it', async () => {
    const domain = `rules-${randomUUID().slice(0, 8)}.test`;
    const contact = await addContact(system, staff.token, institutionId, {
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: `ada@${domain}`,
    });
    const neighbour = await addContact(system, staff.token, institutionId, {
      firstName: 'Bob',
      lastName: 'Lamb',
      email: `bob@${domain}`,
    });
    const byName = async () =>
      (await system.api.get<ContactPage>(contacts(`?q=${domain}&sort=name`), staff.token)).body.items.map(
        (item) => item.id,
      );
    const changeTo = async (firstName: string) =>
      (await system.lastEvent('events.directory.contact.updated', { contactId: contact.id, firstName }))[
        'data'
      ];

    await system.request(DirectorySubjects.importApplyContacts, {
      institutionId,
      actorId: staff.id,
      contacts: [
        {
          row: 1,
          email: ` ADA@${domain.toUpperCase()}`,
          firstName: ' Augusta ',
          lastName: 'King ',
          title: ' Countess ',
        },
      ],
    });
    const imported = await system.api.get<ContactBody>(contacts(`/${contact.id}`), staff.token);
    const importChange = await changeTo('Augusta');
    const orderAfterImport = await byName();
    const fromApi = await system.api.patch<ContactBody>(
      contacts(`/${contact.id}`),
      { firstName: ' Ada ', lastName: 'Lovelace ', title: ' Countess ' },
      staff.token,
    );
    const apiChange = await changeTo('Ada');
    const orderAfterApi = await byName();
    const sameEmail = await system.api.post<Problem>(
      contacts(),
      { firstName: 'Ada', lastName: 'Again', email: `Ada@${domain.toUpperCase()}` },
      staff.token,
    );

    expect(imported.body).toMatchObject({
      firstName: 'Augusta',
      lastName: 'King',
      email: `ada@${domain}`,
      title: 'Countess',
    });
    expect(importChange).toMatchObject({
      firstName: 'Augusta',
      lastName: 'King',
      changed: ['firstName', 'lastName', 'title'],
    });
    expect(orderAfterImport).toEqual([contact.id, neighbour.id]);
    expect(fromApi.body).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', title: 'Countess' });
    expect(apiChange).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
      changed: ['firstName', 'lastName'],
    });
    expect(orderAfterApi).toEqual([neighbour.id, contact.id]);
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.detail).toContain(contact.id);
  });

  it('puts and takes off labels of the institution, and refuses a label of another', async () => {
    const vip = await addLabel(system, staff.token, institutionId, 'VIP');
    const other = await createInstitution(system, admin);
    const foreign = await addLabel(system, admin, other, 'Foreign');
    const contact = await addContact(system, staff.token, institutionId, { labelIds: [vip] });

    const refused = await system.api.post<Problem>(
      contacts(`/${contact.id}/labels`),
      { labelId: foreign },
      staff.token,
    );
    const refusedOnCreate = await system.api.post<Problem>(
      contacts(),
      { firstName: 'A', lastName: 'B', email: uniqueEmail(), labelIds: [foreign] },
      staff.token,
    );
    const removed = await system.api.delete<ContactBody>(
      contacts(`/${contact.id}/labels/${vip}`),
      staff.token,
    );

    expect(contact.labels).toEqual([{ id: vip, name: 'VIP' }]);
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.[0].field).toBe('labelId');
    expect(refusedOnCreate.status).toBe(422);
    expect(refusedOnCreate.body.errors?.[0].field).toBe('labelIds');
    expect(removed.body.labels).toEqual([]);
  });

  it('keeps label names unique in the institution, any case, and deleting one takes it off contacts', async () => {
    const label = await addLabel(system, staff.token, institutionId, 'Alumni Employers');
    const contact = await addContact(system, staff.token, institutionId, { labelIds: [label] });

    const duplicate = await system.api.post(
      `/v1/institutions/${institutionId}/labels`,
      { name: 'alumni employers' },
      staff.token,
    );
    const deleted = await system.api.delete(`/v1/institutions/${institutionId}/labels/${label}`, staff.token);

    expect(duplicate.status).toBe(409);
    expect(deleted.status).toBe(204);
    expect((await system.api.get<ContactBody>(contacts(`/${contact.id}`), staff.token)).body.labels).toEqual(
      [],
    );
  });

  it('keeps notes with their author and time, newest first', async () => {
    const contact = await addContact(system, staff.token, institutionId);

    const first = await system.api.post(
      contacts(`/${contact.id}/notes`),
      { text: 'Met at the fair.' },
      staff.token,
    );
    await delay(5); // two notes in the same millisecond would have no order between them
    await system.api.post(contacts(`/${contact.id}/notes`), { text: 'Wants interns.' }, admin);
    const blank = await system.api.post<Problem>(
      contacts(`/${contact.id}/notes`),
      { text: ' ' },
      staff.token,
    );
    const notes = await system.api.get<{ items: Array<Record<string, unknown>> }>(
      contacts(`/${contact.id}/notes`),
      staff.token,
    );

    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ authorId: staff.id, text: 'Met at the fair.' });
    expect(typeof first.body['createdAt']).toBe('string');
    expect(blank.status).toBe(400);
    expect(notes.body.items.map((note) => note['text'])).toEqual(['Wants interns.', 'Met at the fair.']);
  });

  it("names each note's author as they are called now", async () => {
    const contact = await addContact(system, staff.token, institutionId);
    const author = await addStaffMember(system, admin, institutionId, 'career_services_staff', 'Noor Notes');
    const authorNames = async () =>
      (
        await system.api.get<{ items: Array<{ authorName: string | null }> }>(
          contacts(`/${contact.id}/notes`),
          staff.token,
        )
      ).body.items.map((note) => note.authorName);

    const added = await system.api.post(
      contacts(`/${contact.id}/notes`),
      { text: 'Called back.' },
      author.token,
    );
    const before = await authorNames();
    const renamed = await system.api.patch('/v1/me', { name: 'Noor Haddad' }, author.token);

    expect(added.body).toMatchObject({ authorId: author.id, authorName: 'Noor Notes' });
    expect(before).toEqual(['Noor Notes']);
    expect(renamed.status).toBe(200);
    await waitFor('the note to name its author by the new name', async () =>
      (await authorNames())[0] === 'Noor Haddad' ? true : undefined,
    );
  });

  it('archives and restores a contact, which keeps its notes and labels', async () => {
    const label = await addLabel(system, staff.token, institutionId, 'Archivable');
    const contact = await addContact(system, staff.token, institutionId, { labelIds: [label] });
    await system.api.post(contacts(`/${contact.id}/notes`), { text: 'History' }, staff.token);

    const archived = await system.api.post<ContactBody>(contacts(`/${contact.id}/archive`), {}, staff.token);
    const event = await system.lastEvent('events.directory.contact.archived', { contactId: contact.id });
    const restored = await system.api.post<ContactBody>(contacts(`/${contact.id}/restore`), {}, staff.token);
    const notes = await system.api.get<{ items: unknown[] }>(contacts(`/${contact.id}/notes`), staff.token);

    expect(archived.status).toBe(200);
    expect(archived.body.archived).toBe(true);
    expect(event['data']).toEqual({ contactId: contact.id, institutionId });
    expect(restored.body).toMatchObject({ archived: false, labels: [{ id: label, name: 'Archivable' }] });
    expect(notes.body.items).toHaveLength(1);
  });

  it('announces created and updated contacts through the outbox', async () => {
    const contact = await addContact(system, staff.token, institutionId, { firstName: 'Evented' });
    const created = await system.lastEvent('events.directory.contact.created', { contactId: contact.id });
    await system.api.patch(contacts(`/${contact.id}`), { title: 'CTO' }, staff.token);
    const updated = await system.lastEvent('events.directory.contact.updated', { contactId: contact.id });

    expect(created['data']).toMatchObject({
      contactId: contact.id,
      institutionId,
      firstName: 'Evented',
      source: 'manual',
    });
    expect(updated['data']).toMatchObject({ contactId: contact.id, changed: ['title'] });
  });

  it('shows nothing of another institution: its contacts are a 404', async () => {
    const contact = await addContact(system, staff.token, institutionId);
    const other = await createInstitution(system, admin);
    const otherStaff = await addStaffMember(system, admin, other, 'career_services_admin');
    const student = await signUpVerified(system, 'student');

    const throughOwnInstitution = await system.api.get(
      `/v1/institutions/${other}/contacts/${contact.id}`,
      otherStaff.token,
    );
    const intoOtherInstitution = await system.api.get(contacts(`/${contact.id}`), otherStaff.token);
    const byStudent = await system.api.get(contacts(), student.token);

    expect(throughOwnInstitution.status).toBe(404);
    expect(intoOtherInstitution.status).toBe(404);
    expect(byStudent.status).toBe(404);
  });
});
