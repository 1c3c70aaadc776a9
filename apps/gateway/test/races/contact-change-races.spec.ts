import { Events } from '@careers/contracts';
import {
  addContact,
  addLabel,
  ContactPage,
  Person,
  TestSystem,
  waitFor,
  institutionWithStaff,
} from '@careers/testing';
import { streamedEvents } from '../support/stream-events';
import { ROUNDS, statusesOf, together } from '../support/together';

describe("changes to one contact at the same moment: each applied, the contact's keys and events following all", () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_admin'));
  });

  afterAll(async () => {
    await system?.stop();
  });

  const contacts = (path = '') => `/v1/institutions/${institutionId}/contacts${path}`;
  const searchIds = async (q: string) => {
    const page = await system.api.get<ContactPage>(`${contacts()}?q=${encodeURIComponent(q)}`, staff.token);
    return page.body.items.map((contact) => contact.id);
  };

  it('a first name and a last name changed at once: the name order and the search words hold both', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const contact = await addContact(system, staff.token, institutionId);
      const firstName = `Quillon${round}`;
      const lastName = `Zebedee${round}`;

      const answers = await together(2, (index) =>
        system.api.patch(contacts(`/${contact.id}`), index ? { lastName } : { firstName }, staff.token),
      );

      expect(statusesOf(answers)).toEqual([200, 200]);
      const [row] = await system.db.query<{ sort_name: string; search_text: string }>(
        'select sort_name, search_text from directory.contact where id = $1',
        [contact.id],
      );
      expect(row.sort_name).toBe(`${lastName} ${firstName}`.toLowerCase());
      expect(row.search_text).toContain(firstName.toLowerCase());
      expect(row.search_text).toContain(lastName.toLowerCase());
      expect(await searchIds(firstName)).toEqual([contact.id]);
      expect(await searchIds(lastName)).toEqual([contact.id]);
      expect(await searchIds('pat')).not.toContain(contact.id);
    }
  });

  it('two labels put on at once: the last labels-changed event carries both, as the contact holds them', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const labelIds = [
        await addLabel(system, staff.token, institutionId, `Race ${round} a`),
        await addLabel(system, staff.token, institutionId, `Race ${round} b`),
      ].sort();
      const contact = await addContact(system, staff.token, institutionId);

      const answers = await together(2, (index) =>
        system.api.post(contacts(`/${contact.id}/labels`), { labelId: labelIds[index] }, staff.token),
      );

      expect(statusesOf(answers)).toEqual([200, 200]);
      const changes = await waitFor('both labels-changed events', async () => {
        const found = (await streamedEvents(system.nats.url))
          .filter((event) => event.subject === Events.contactLabelsChanged)
          .map((event) => (event.envelope as { data: { contactId: string; labelIds: string[] } }).data)
          .filter((data) => data.contactId === contact.id);
        return found.length === 2 ? found : undefined;
      });
      expect([...changes[1].labelIds].sort()).toEqual(labelIds);
    }
  });
});
