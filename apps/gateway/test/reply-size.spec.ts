import {
  TestSystem,
  addContact,
  addLabel,
  ContactPage,
  ImportsClient,
  Person,
  institutionWithStaff,
} from '@careers/testing';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { expectPagingChecked } from './support/pages';

/** Larger than one NATS message (1 MiB): every list below was one reply of at least this much before it paged. */
const ONE_MESSAGE = 1024 * 1024;

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

describe('no reply outgrows a NATS message: lists page, or stop a page early by bytes', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_admin'));
  });

  afterAll(async () => {
    await system?.stop();
  });

  const institution = (path: string) => `/v1/institutions/${institutionId}${path}`;

  /** Follows `nextCursor` from the first page to the last; each page must be a 200 within `limit` items. */
  async function everyPage<T>(path: string, limit?: number): Promise<{ pages: T[][]; bytes: number[] }> {
    const pages: T[][] = [];
    const bytes: number[] = [];
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams();
      if (limit) query.set('limit', String(limit));
      if (cursor) query.set('cursor', cursor);
      const response = await fetch(`${system.app('gateway').url}${path}?${query}`, {
        headers: { authorization: `Bearer ${staff.token}` },
      });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${text}`);
      const page = JSON.parse(text) as Page<T>;
      if (limit) expect(page.items.length).toBeLessThanOrEqual(limit);
      expect(page.items.length).toBeGreaterThan(0);
      pages.push(page.items);
      bytes.push(Buffer.byteLength(text));
      cursor = page.nextCursor;
    } while (cursor);
    return { pages, bytes };
  }

  it("gives a contact's thousands of notes a page at a time, newest first, each exactly once", async () => {
    const contact = await addContact(system, staff.token, institutionId);
    const total = 5000;
    await system.db.query(
      `insert into directory.contact_note (id, created_at, updated_at, contact_id, author_id, text)
       select gen_random_uuid(), now() - make_interval(secs => n % 1000), now(), $1, $2, 'Note number ' || n
         from generate_series(1, $3) n`,
      [contact.id, staff.id, total],
    );
    const written = await system.db.query<{ id: string }>(
      `select id from directory.contact_note where contact_id = $1 order by created_at desc, id desc`,
      [contact.id],
    );

    const { pages } = await everyPage<{ id: string; text: string }>(
      institution(`/contacts/${contact.id}/notes`),
      100,
    );

    const read = pages.flat().map((note) => note.id);
    expect(pages.length).toBe(total / 100);
    expect(new Set(read).size).toBe(total);
    expect(read).toEqual(written.map((note) => note.id));
  });

  it('stops a page of long notes early, before it would outgrow one reply, and goes on from there', async () => {
    const contact = await addContact(system, staff.token, institutionId);
    const texts = Array.from({ length: 100 }, (_, index) => `${index} ${'é'.repeat(9_990)}`);
    for (const text of texts) {
      const added = await system.api.post(
        institution(`/contacts/${contact.id}/notes`),
        { text },
        staff.token,
      );
      expect(added.status).toBe(201);
    }

    const { pages, bytes } = await everyPage<{ text: string }>(
      institution(`/contacts/${contact.id}/notes`),
      100,
    );

    expect(pages.length).toBeGreaterThan(1);
    expect(Math.max(...bytes)).toBeLessThan(ONE_MESSAGE);
    expect(
      pages
        .flat()
        .map((note) => note.text)
        .sort(),
    ).toEqual([...texts].sort());
  });

  it('refuses a notes cursor this list did not give, naming the cursor', async () => {
    const contact = await addContact(system, staff.token, institutionId);
    const other = Buffer.from(JSON.stringify({ sort: '-createdAt', after: randomUUID() })).toString(
      'base64url',
    );

    const garbage = await system.api.get<{ errors: unknown[] }>(
      institution(`/contacts/${contact.id}/notes?cursor=not-a-cursor`),
      staff.token,
    );
    const unknown = await system.api.get<{ errors: unknown[] }>(
      institution(`/contacts/${contact.id}/notes?cursor=${other}`),
      staff.token,
    );
    const tooMany = await system.api.get(institution(`/contacts/${contact.id}/notes?limit=101`), staff.token);

    expect(garbage.status).toBe(400);
    expect(garbage.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    expect(tooMany.status).toBe(400);
  });

  it('stops a page of 100 contacts with many long labels early, and every contact comes exactly once', async () => {
    const tag = randomUUID().slice(0, 8);
    const labelIds: string[] = [];
    for (let index = 0; index < 100; index++) {
      labelIds.push(await addLabel(system, staff.token, institutionId, `${tag} ${index} ${'L'.repeat(45)}`));
    }
    const companyName = `Labelled ${tag}`;
    const contactIds: string[] = [];
    for (let index = 0; index < 100; index++) {
      const contact = await addContact(system, staff.token, institutionId, {
        companyName,
        labelIds: labelIds.slice(0, 50),
      });
      contactIds.push(contact.id);
    }
    // The API puts at most 50 labels on a contact at once; the other 50 go straight in, to save 5,000 requests.
    await system.db.query(
      `insert into directory.contact_label (contact_id, label_id)
       select c, l from unnest($1::uuid[]) c, unnest($2::uuid[]) l`,
      [contactIds, labelIds.slice(50)],
    );

    const { pages, bytes } = await everyPage<ContactPage['items'][number]>(institution('/contacts'), 100);

    const read = pages.flat().filter((contact) => contact.companyName === companyName);
    expect(pages[0].length).toBeLessThan(100);
    expect(Math.max(...bytes)).toBeLessThan(ONE_MESSAGE);
    expect(read.map((contact) => contact.id).sort()).toEqual([...contactIds].sort());
    expect(read.every((contact) => contact.labels.length === 100)).toBe(true);
  });

  it('gives the label list a page at a time when the labels are too many for one reply', async () => {
    const { items: before } = (
      await system.api.get<Page<{ id: string }>>(institution('/labels'), staff.token)
    ).body;
    const more = 12_000;
    await system.db.query(
      `insert into directory.label (id, created_at, updated_at, institution_id, name, name_key)
       select gen_random_uuid(), now(), now(), $1, 'Bulk ' || n || ' ' || repeat('é', 50),
              lower('Bulk ' || n || ' ' || repeat('é', 50))
         from generate_series(1, $2) n`,
      [institutionId, more],
    );

    const { pages, bytes } = await everyPage<{ id: string }>(institution('/labels'));

    const read = pages.flat().map((label) => label.id);
    expect(pages.length).toBeGreaterThan(1);
    expect(Math.max(...bytes)).toBeLessThan(ONE_MESSAGE);
    expect(read).toHaveLength(before.length + more);
    expect(new Set(read).size).toBe(read.length);
  });

  it('writes an import of long rows in requests that fit one message; its plan and results pages each fit one reply, going on by cursor', async () => {
    const domain = `long-${randomUUID().slice(0, 6)}.test`;
    const total = 500;
    const long = (tag: string, length: number) => `${tag} ${'é'.repeat(length - tag.length - 1)}`;
    const lines = Array.from({ length: total }, (_, index) =>
      [
        `First${index}`,
        'Alumna',
        `alum${index}@${domain}`,
        `A${index}-${domain}`,
        'Alumni',
        Array.from({ length: 10 }, (_, major) => long(`${index}.${major}`, 200)).join(';'),
        long(`college ${index}`, 200),
        long(`employer ${index}`, 200),
      ].join(','),
    );
    const client = new ImportsClient(system, institutionId, staff.token);
    const uploaded = await client.upload(
      'first_name,last_name,email_address,username,user_type,major_names,college_name,employer_name',
      lines,
      { fileType: 'Alumni', mode: 'manual' },
    );
    const done = await client.run(uploaded.id);
    expect(done.run?.counts).toMatchObject({ create: total });

    for (const of of ['plan', 'results']) {
      const pages: Array<Array<{ row: number; changes: unknown[] }>> = [];
      let cursor: string | null = null;
      do {
        const query = `?limit=100${cursor ? `&cursor=${cursor}` : ''}`;
        const response = await fetch(
          `${system.app('gateway').url}${client.path(`/${uploaded.id}/${of}${query}`)}`,
          {
            headers: { authorization: `Bearer ${staff.token}` },
          },
        );
        const text = await response.text();
        expect(response.status).toBe(200);
        expect(Buffer.byteLength(text)).toBeLessThan(ONE_MESSAGE);
        const page = JSON.parse(text) as {
          items: Array<{ row: number; changes: unknown[] }>;
          nextCursor: string | null;
        };
        pages.push(page.items);
        cursor = page.nextCursor;
      } while (cursor);

      // A hundred rows of the longest values fit one reply; the page budget stays a guard (reply-budget.spec).
      expect(pages).toHaveLength(total / 100);
      expect(pages.flat().map((item) => item.row)).toEqual(
        Array.from({ length: total }, (_, index) => index + 1),
      );
      expect(pages.flat().every((item) => item.changes.length > 0)).toBe(true);
    }
    await expectPagingChecked(system, client.path(`/${uploaded.id}/plan`), staff.token);
    await expectPagingChecked(system, client.path(`/${uploaded.id}/results`), staff.token);
  }, 240_000);

  it('streams the failed rows of 10,000 failures with large cells as one complete file', async () => {
    const domain = `failed-${randomUUID().slice(0, 6)}.test`;
    const total = 10_000;
    // Every row's email belongs to an employer: a students file fails each of them, with the reason.
    await system.db.query(
      `insert into identity.user_account (id, created_at, updated_at, email, email_key, name, user_type, status)
       select gen_random_uuid(), now(), now(), 'boss' || n || '@' || $1, 'boss' || n || '@' || $1, 'Boss', 'employer', 'active'
         from generate_series(1, $2) n`,
      [domain, total],
    );
    const header = 'first_name,last_name,email_address,username,user_type,college_name';
    const rows = Array.from({ length: total }, (_, index) => [
      index % 7 === 0 ? `=SUM(A${index})` : `First ${index}`,
      `Last, "quoted" ${'ü'.repeat(80)}`,
      `boss${index + 1}@${domain}`,
      `U${index}`,
      'Students',
      `${index} ${'é'.repeat(190)}`,
    ]);
    const quoted = (cell: string) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const client = new ImportsClient(system, institutionId, staff.token);
    const uploaded = await client.upload(
      header,
      rows.map((cells) => cells.map(quoted).join(',')),
      { fileType: 'Students', mode: 'manual' },
    );
    const done = await client.run(uploaded.id);
    expect(done.run?.counts).toMatchObject({ fail: total });

    const response = await fetch(
      `${system.app('gateway').url}${client.path(`/${uploaded.id}/failed-rows.csv`)}`,
      {
        headers: { authorization: `Bearer ${staff.token}` },
      },
    );
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 * ONE_MESSAGE);
    const records = parse(text) as string[][];
    expect(records[0]).toEqual([...header.split(','), 'error']);
    expect(records).toHaveLength(total + 1);
    expect(records.slice(1)).toEqual(
      rows.map((cells) => [
        ...cells.map((cell) => (cell.startsWith('=') ? `'${cell}` : cell)),
        'the email belongs to an account of another type (employer)',
      ]),
    );
  }, 240_000);
});
