import { DirectorySubjects } from '@careers/contracts';
import { TestSystem, institutionWithStaff, addContact, ContactPage, Person } from '@careers/testing';
import { Client } from 'pg';

/** Short, so that a read held up is stopped well before the gateway's own 5 s wait for the directory's answer. */
const TIMEOUT_MS = 300;

describe('the time limit on reading the address book', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;
  let contactId: string;

  beforeAll(async () => {
    system = await TestSystem.start({
      apps: ['gateway', 'identity', 'directory'],
      env: { CONTACT_PAGE_TIMEOUT_MS: String(TIMEOUT_MS), CONTACT_RESOLVE_TIMEOUT_MS: String(TIMEOUT_MS) },
    });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_staff'));
    contactId = (await addContact(system, staff.token, institutionId, { lastName: 'Slowpoke' })).id;
  });

  afterAll(async () => {
    await system?.stop();
  });

  const contacts = (query = '') => `/v1/institutions/${institutionId}/contacts${query}`;

  /**
   * Holds the contact table as a migration rewriting it would: every read of it waits for the lock until PostgreSQL's
   * statement timeout stops it. No request through the API can be made slow on purpose, and a tiny limit alone does
   * not stop a query that finishes within it.
   */
  async function whileContactsLocked<T>(work: () => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: system.db.url });
    await client.connect();
    try {
      await client.query('begin');
      await client.query('lock table directory.contact in access exclusive mode');
      return await work();
    } finally {
      await client.query('rollback');
      await client.end();
    }
  }

  it.each([
    ['a page of the list', ''],
    ['a page of a search', '?q=slowpoke'],
  ])('stops %s at the limit and answers 503, saying to narrow the filter', async (_, query) => {
    const started = Date.now();
    const response = await whileContactsLocked(() => system.api.get(contacts(query), staff.token));

    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({
      type: 'urn:careers:problem:contact-query-too-slow',
      title: 'Contact query too slow',
      status: 503,
    });
    expect(response.body['detail']).toMatch(`longer than ${TIMEOUT_MS} ms`);
    expect(response.body['detail']).toMatch('narrow the filter');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("stops resolving a bulk invite's filter at the limit, with the same refusal", async () => {
    const resolving = whileContactsLocked(() =>
      system.request(DirectorySubjects.resolveContacts, { institutionId, filter: {} }),
    );

    await expect(resolving).rejects.toMatchObject({ kind: 'unavailable', code: 'contact_query_too_slow' });
  });

  it('reads pages and resolves filters within the limit once nothing holds the table', async () => {
    const page = await system.api.get<ContactPage>(contacts('?q=slowpoke'), staff.token);
    const resolved = await system.request(DirectorySubjects.resolveContacts, { institutionId, filter: {} });

    expect(page.status).toBe(200);
    expect(page.body.items.map((contact) => contact.id)).toEqual([contactId]);
    expect(resolved.items.map((contact) => contact.id)).toEqual([contactId]);
  });
});
