import { CONTACT_LABELS_MAX } from '@careers/contracts';
import {
  TestSystem,
  addContact,
  addLabel,
  ContactBody,
  ContactPage,
  ImportsClient,
  Person,
  institutionWithStaff,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';

const HEADER = 'email_address,first_name,last_name,title,employer_name,phone_number,labels,archive';

describe('contacts files: the address book created and updated from a file (source: bulk upload)', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;
  let client: ImportsClient;
  const domain = `contacts-${randomUUID().slice(0, 6)}.test`;
  const at = (local: string) => `${local}@${domain}`;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'importer'] });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_admin'));
    client = new ImportsClient(system, institutionId, staff.token);
  });

  afterAll(async () => {
    await system?.stop();
  });

  const contactWith = async (email: string): Promise<ContactBody> => {
    const page = await system.api.get<ContactPage>(
      `/v1/institutions/${institutionId}/contacts?q=${encodeURIComponent(email)}&archived=any`,
      staff.token,
    );
    return page.body.items.find((item) => item.email === email) as ContactBody;
  };

  it('creates new contacts, updates known ones without erasing, adds labels, archives; a second run changes nothing', async () => {
    await addContact(system, staff.token, institutionId, {
      email: at('known'),
      firstName: 'Known',
      lastName: 'Person',
      title: 'Recruiter',
      phone: '+1 555 0100',
    });
    await addContact(system, staff.token, institutionId, {
      email: at('leaving'),
      firstName: 'Lea',
      lastName: 'Ving',
    });
    const lines = [
      `${at('fresh')},Fresh,Face,Talent Lead,Acme Corp,,Career fair 2026; Engineering,`,
      `${at('known')},Known,Person,Head of Talent,Acme Corp,,Engineering,`,
      `${at('leaving')},Lea,Ving,,,,,true`,
    ];

    const uploaded = await client.upload(HEADER, lines, { fileType: 'Contacts', mode: 'manual' });
    const plan = await client.outcomes(uploaded.id, 'plan');
    const done = await client.run(uploaded.id);
    const again = await client.run(
      (await client.upload(HEADER, lines, { fileType: 'Contacts', mode: 'manual' })).id,
    );

    expect(plan.items.map((item) => item.outcome)).toEqual(['create', 'update', 'update']);
    expect(plan.items[0].changes).toEqual([
      { field: 'email', from: null, to: at('fresh') },
      { field: 'firstName', from: null, to: 'Fresh' },
      { field: 'lastName', from: null, to: 'Face' },
      { field: 'title', from: null, to: 'Talent Lead' },
      { field: 'companyName', from: null, to: 'Acme Corp' },
      { field: 'labels', from: null, to: 'Career fair 2026; Engineering' },
    ]);
    expect(plan.items[1].changes).toEqual([
      { field: 'title', from: 'Recruiter', to: 'Head of Talent' },
      { field: 'companyName', from: null, to: 'Acme Corp' },
      { field: 'labels', from: null, to: 'Engineering' },
    ]);
    expect((await client.outcomes(uploaded.id, 'results')).items[0].changes).toEqual(plan.items[0].changes);
    expect(done.status).toBe('completed');
    expect(done.run?.counts).toEqual({ create: 1, update: 2, unchanged: 0, skip: 0, fail: 0 });
    expect(again.run?.counts).toEqual({ create: 0, update: 0, unchanged: 3, skip: 0, fail: 0 });
    const fresh = await contactWith(at('fresh'));
    expect(fresh).toMatchObject({
      firstName: 'Fresh',
      lastName: 'Face',
      companyName: 'Acme Corp',
      source: 'bulk_upload',
    });
    expect(fresh.labels.map((label) => label.name).sort()).toEqual(['Career fair 2026', 'Engineering']);
    const engineering = fresh.labels.find((label) => label.name === 'Engineering')?.id;
    const labelled = await system.api.get<ContactPage>(
      `/v1/institutions/${institutionId}/contacts?labelId=${engineering}&q=${domain}`,
      staff.token,
    );
    expect(labelled.body.items.map((item) => item.email).sort()).toEqual([at('fresh'), at('known')]);
    const known = await contactWith(at('known'));
    expect(known).toMatchObject({ source: 'manual', companyName: 'Acme Corp' });
    expect(known).toMatchObject({ title: 'Head of Talent', phone: '+1 555 0100' });
    expect((await contactWith(at('leaving'))).archived).toBe(true);
    const created = await system.lastEvent('events.directory.contact.created', { email: at('fresh') });
    expect(created['data']).toMatchObject({ source: 'bulk_upload', institutionId });
  });

  it('fails a row that would put more labels on its contact than a contact carries, and writes the others', async () => {
    const held: string[] = [];
    for (let i = 0; i < CONTACT_LABELS_MAX - 2; i++) {
      held.push(await addLabel(system, staff.token, institutionId, `Held ${i}`));
    }
    const full = await addContact(system, staff.token, institutionId, {
      email: at('full'),
      firstName: 'Full',
      lastName: 'Up',
      labelIds: held,
    });
    const lines = [
      `${at('full')},Full,Up,Head of Talent,,,Extra a; Extra b; Extra c,`,
      `${at('roomy')},Roomy,Row,,,,Extra a,`,
    ];

    const uploaded = await client.upload(HEADER, lines, { fileType: 'Contacts', mode: 'manual' });
    const done = await client.run(uploaded.id);
    const results = await client.outcomes(uploaded.id, 'results');

    expect(done.run?.counts).toMatchObject({ create: 1, update: 0, fail: 1 });
    const failed = results.items.filter((item) => item.outcome === 'fail');
    expect(failed).toHaveLength(1);
    expect(failed[0].reason).toContain(`the ${CONTACT_LABELS_MAX} a contact may carry`);
    const unchanged = await contactWith(at('full'));
    expect(unchanged.labels.map((label) => label.id).sort()).toEqual([...held].sort());
    expect(unchanged).toMatchObject({ id: full.id, title: null });
    expect((await contactWith(at('roomy'))).labels.map((label) => label.name)).toEqual(['Extra a']);
  });
});
