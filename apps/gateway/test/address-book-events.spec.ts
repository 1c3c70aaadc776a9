import { DirectorySubjects, Events } from '@careers/contracts';
import {
  addContact,
  addLabel,
  createInstitution,
  Person,
  TestSystem,
  uniqueEmail,
  institutionWithStaff,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { streamedEvents } from './support/stream-events';

type EventData = Record<string, unknown>;

describe("an address book's labels and notes, announced as events", () => {
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

  const labels = (path = '') => `/v1/institutions/${institutionId}/labels${path}`;
  const contacts = (path = '') => `/v1/institutions/${institutionId}/contacts${path}`;

  /**
   * The data of every event on the subject about these values, once `until` is on the stream: the outbox publishes
   * in the order changes were made, so what an earlier request recorded is there by then.
   */
  async function eventsAbout(
    subject: string,
    about: EventData,
    until: { subject: string; about: EventData },
  ): Promise<EventData[]> {
    await system.lastEvent(until.subject, until.about);
    return (await streamedEvents(system.nats.url))
      .filter((event) => event.subject === subject)
      .map((event) => (event.envelope as { data: EventData }).data)
      .filter((data) => Object.entries(about).every(([key, value]) => data[key] === value));
  }

  /** A change made after the others, to wait for (see `eventsAbout`). */
  async function afterwards(): Promise<{ subject: string; about: EventData }> {
    const labelId = await addLabel(system, staff.token, institutionId, `Afterwards ${randomUUID()}`);
    return { subject: Events.labelCreated, about: { labelId } };
  }

  const sorted = (ids: unknown) => [...(ids as string[])].sort();

  it('announces a label made, renamed and deleted once each, and nothing for a refused name', async () => {
    const institution = await createInstitution(system, admin);
    const labelsHere = (path = '') => `/v1/institutions/${institution}/labels${path}`;
    const mentors = await addLabel(system, admin, institution, 'Mentors');
    const speakers = await addLabel(system, admin, institution, 'Speakers');
    const taken = await system.api.post(labelsHere(), { name: ' MENTORS ' }, admin);
    const renamedToTaken = await system.api.patch(labelsHere(`/${speakers}`), { name: 'mentors' }, admin);
    const renamedToItself = await system.api.patch(labelsHere(`/${mentors}`), { name: 'Mentors' }, admin);
    const renamed = await system.api.patch(labelsHere(`/${mentors}`), { name: 'Mentors 2027' }, admin);
    const deleted = await system.api.delete(labelsHere(`/${mentors}`), admin);
    const deletedAgain = await system.api.delete(labelsHere(`/${mentors}`), admin);
    const until = { subject: Events.labelDeleted, about: { labelId: mentors } };

    expect([taken.status, renamedToTaken.status, renamedToItself.status]).toEqual([409, 409, 200]);
    expect([renamed.status, deleted.status, deletedAgain.status]).toEqual([200, 204, 404]);
    expect(await eventsAbout(Events.labelCreated, { institutionId: institution }, until)).toEqual([
      { labelId: mentors, institutionId: institution, name: 'Mentors' },
      { labelId: speakers, institutionId: institution, name: 'Speakers' },
    ]);
    expect(await eventsAbout(Events.labelRenamed, { institutionId: institution }, until)).toEqual([
      { labelId: mentors, institutionId: institution, previousName: 'Mentors', name: 'Mentors 2027' },
    ]);
    expect(await eventsAbout(Events.labelDeleted, { institutionId: institution }, until)).toEqual([
      { labelId: mentors, institutionId: institution, name: 'Mentors 2027' },
    ]);
  });

  it('announces a deleted label once for all its contacts, not a labels change for each', async () => {
    const label = await addLabel(system, staff.token, institutionId, 'Fair 2026');
    const holders = [];
    for (let i = 0; i < 3; i++)
      holders.push(await addContact(system, staff.token, institutionId, { labelIds: [label] }));

    const deleted = await system.api.delete(labels(`/${label}`), staff.token);
    const until = { subject: Events.labelDeleted, about: { labelId: label } };

    expect(deleted.status).toBe(204);
    expect(await eventsAbout(Events.labelDeleted, { labelId: label }, until)).toHaveLength(1);
    for (const holder of holders) {
      expect(await eventsAbout(Events.contactLabelsChanged, { contactId: holder.id }, until)).toEqual([
        { contactId: holder.id, institutionId, labelIds: [label], added: [label], removed: [] },
      ]);
    }
  });

  it("announces each change of a contact's labels with the whole set after it, and nothing when none changed", async () => {
    const vip = await addLabel(system, staff.token, institutionId, 'VIP');
    const donor = await addLabel(system, staff.token, institutionId, 'Donor');
    const foreign = await addLabel(system, admin, await createInstitution(system, admin), 'Foreign');
    const contact = await addContact(system, staff.token, institutionId, { labelIds: [vip] });
    const unlabelled = await addContact(system, staff.token, institutionId);
    const labelsOf = contacts(`/${contact.id}/labels`);

    const statuses = [
      (await system.api.post(labelsOf, { labelId: donor }, staff.token)).status,
      (await system.api.post(labelsOf, { labelId: donor }, staff.token)).status,
      (await system.api.post(labelsOf, { labelId: foreign }, staff.token)).status,
      (await system.api.delete(`${labelsOf}/${vip}`, staff.token)).status,
      (await system.api.delete(`${labelsOf}/${vip}`, staff.token)).status,
      (await system.api.delete(`${labelsOf}/${donor}`, staff.token)).status,
    ];
    const until = await afterwards();
    const changes = await eventsAbout(Events.contactLabelsChanged, { contactId: contact.id }, until);

    expect(statuses).toEqual([200, 200, 422, 200, 200, 200]);
    expect(changes.map((data) => ({ ...data, labelIds: sorted(data['labelIds']) }))).toEqual([
      { contactId: contact.id, institutionId, labelIds: [vip], added: [vip], removed: [] },
      { contactId: contact.id, institutionId, labelIds: sorted([vip, donor]), added: [donor], removed: [] },
      { contactId: contact.id, institutionId, labelIds: [donor], added: [], removed: [vip] },
      { contactId: contact.id, institutionId, labelIds: [], added: [], removed: [donor] },
    ]);
    expect(await eventsAbout(Events.contactLabelsChanged, { contactId: unlabelled.id }, until)).toEqual([]);
  });

  it('announces a note once, with its text, and nothing for a refused note', async () => {
    const contact = await addContact(system, staff.token, institutionId);
    const other = await addContact(system, staff.token, institutionId);

    const blank = await system.api.post(contacts(`/${contact.id}/notes`), { text: '  ' }, staff.token);
    const nowhere = await system.api.post(
      contacts('/00000000-0000-4000-8000-000000000000/notes'),
      { text: 'Lost.' },
      staff.token,
    );
    const added = await system.api.post(
      contacts(`/${contact.id}/notes`),
      { text: ' Met at the fair. ' },
      staff.token,
    );
    const until = { subject: Events.contactNoteAdded, about: { noteId: added.body['id'] } };

    expect([blank.status, nowhere.status, added.status]).toEqual([400, 404, 201]);
    expect(await eventsAbout(Events.contactNoteAdded, { contactId: contact.id }, until)).toEqual([
      {
        noteId: added.body['id'],
        contactId: contact.id,
        institutionId,
        authorId: staff.id,
        text: 'Met at the fair.',
        createdAt: added.body['createdAt'],
      },
    ]);
    expect(await eventsAbout(Events.contactNoteAdded, { contactId: other.id }, until)).toEqual([]);
  });

  it('announces the labels an import makes and puts on, and nothing when the same rows come again', async () => {
    const held = await addLabel(system, staff.token, institutionId, 'Held');
    const known = await addContact(system, staff.token, institutionId, { labelIds: [held] });
    const freshEmail = uniqueEmail('imported');
    const batch = {
      institutionId,
      actorId: staff.id,
      contacts: [
        { row: 1, email: freshEmail, firstName: 'Ida', lastName: 'Imported', labels: ['Imported 2026'] },
        { row: 2, contactId: known.id, email: known.email, labels: ['held', 'Imported 2026'] },
      ],
    };

    await system.request(DirectorySubjects.importApplyContacts, batch);
    await system.request(DirectorySubjects.importApplyContacts, batch);
    const until = await afterwards();

    const made = await eventsAbout(Events.labelCreated, { institutionId, name: 'Imported 2026' }, until);
    expect(made).toHaveLength(1);
    const imported = made[0]['labelId'];
    const [created] = await eventsAbout(Events.contactCreated, { email: freshEmail }, until);
    expect(
      await eventsAbout(Events.contactLabelsChanged, { contactId: created['contactId'] }, until),
    ).toEqual([
      {
        contactId: created['contactId'],
        institutionId,
        labelIds: [imported],
        added: [imported],
        removed: [],
      },
    ]);
    const knownChanges = await eventsAbout(Events.contactLabelsChanged, { contactId: known.id }, until);
    expect(knownChanges.map((data) => ({ ...data, labelIds: sorted(data['labelIds']) }))).toEqual([
      { contactId: known.id, institutionId, labelIds: [held], added: [held], removed: [] },
      {
        contactId: known.id,
        institutionId,
        labelIds: sorted([held, imported]),
        added: [imported],
        removed: [],
      },
    ]);
  });
});
