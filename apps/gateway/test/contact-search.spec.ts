import { DirectorySubjects } from '@careers/contracts';
import {
  TestSystem,
  addContact,
  addLabel,
  ContactPage,
  createInstitution,
  Person,
  institutionWithStaff,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';

/** Every word of `q` begins a word of the text (both split at anything but letters and digits). */
const matchesWords = (text: string, q: string): boolean => {
  const words = text.split(/[^\p{L}\p{N}]+/u);
  return q.split(/[^\p{L}\p{N}]+/u).every((typed) => words.some((word) => word.startsWith(typed)));
};

interface Problem {
  status: number;
  errors?: Array<{ field: string; message: string }>;
}

describe('finding contacts', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;
  let recruiters: string;
  let alumni: string;
  let companyId: string;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    const staffed = await institutionWithStaff(system, 'career_services_staff');
    ({ institutionId, staff } = staffed);
    recruiters = await addLabel(system, staff.token, institutionId, 'Recruiters');
    alumni = await addLabel(system, staff.token, institutionId, 'Alumni');
    const company = await system.api.post(
      '/v1/companies',
      { name: 'Initech', domain: `initech-${Date.now()}.example`, institutionId },
      staff.token,
    );
    companyId = company.body['id'] as string;
    const add = (firstName: string, lastName: string, fields: Record<string, unknown> = {}) =>
      addContact(system, staff.token, institutionId, {
        firstName,
        lastName,
        email: `${firstName}.${lastName}@example.test`.toLowerCase(),
        ...fields,
      });
    await add('Ada', 'Lovelace', { labelIds: [recruiters, alumni], companyName: 'Analytical Engines' });
    await add('Alan', 'Turing', { labelIds: [recruiters], source: 'career_fair', companyId });
    await add('Grace', 'Hopper', { labelIds: [alumni], companyName: 'Navy Labs' });
    await add('Katherine', 'Johnson', { source: 'job_posting' });
    await add('Edsger', 'Dijkstra', { companyId });
    const archived = await add('Charles', 'Babbage', { labelIds: [recruiters] });
    await system.api.post(
      `/v1/institutions/${institutionId}/contacts/${archived.id}/archive`,
      {},
      staff.token,
    );
    const other = await createInstitution(system, staffed.admin);
    await addContact(system, staffed.admin, other, { firstName: 'Ada', lastName: 'Elsewhere' });
  });

  afterAll(async () => {
    await system?.stop();
  });

  const list = (query = '') =>
    system.api.get<ContactPage>(`/v1/institutions/${institutionId}/contacts${query}`, staff.token);
  const names = async (query = '') => (await list(query)).body.items.map((item) => item.lastName);

  it('lists the contacts in use by last name, leaving archived ones out', async () => {
    expect(await names()).toEqual(['Dijkstra', 'Hopper', 'Johnson', 'Lovelace', 'Turing']);
  });

  it('searches words in the name, email and company, any case', async () => {
    expect(await names('?q=ADA')).toEqual(['Lovelace']);
    expect(await names('?q=grace.hopper@')).toEqual(['Hopper']);
    expect(await names('?q=initech')).toEqual(['Dijkstra', 'Turing']);
    expect(await names('?q=navy%20grace')).toEqual(['Hopper']);
    expect(await names('?q=navy%20ada')).toEqual([]);
  });

  it('matches each word at the start of a word of the first name, last name, email or company', async () => {
    expect(await names('?q=gra')).toEqual(['Hopper']);
    expect(await names('?q=lov')).toEqual(['Lovelace']);
    expect(await names('?q=katherine.jo')).toEqual(['Johnson']);
    expect(await names('?q=exam')).toEqual(['Dijkstra', 'Hopper', 'Johnson', 'Lovelace', 'Turing']);
    expect(await names('?q=analyt')).toEqual(['Lovelace']);
    expect(await names('?q=eng')).toEqual(['Lovelace']);
  });

  it('needs every word to match, in any order', async () => {
    expect(await names('?q=ada%20lov')).toEqual(['Lovelace']);
    expect(await names('?q=lov%20ada')).toEqual(['Lovelace']);
    expect(await names('?q=ada%20tur')).toEqual([]);
  });

  // On purpose since the word index: a search no longer finds text inside a word.
  it('does not match inside a word', async () => {
    expect(await names('?q=velace')).toEqual([]);
    expect(await names('?q=race')).toEqual([]);
    expect(await names('?q=tech')).toEqual([]);
  });

  it('applies every filter to a search as to the list', async () => {
    const filters = [
      `labelId=${recruiters}`,
      `labelId=${recruiters}&labelId=${alumni}`,
      'source=career_fair&source=job_posting',
      `companyId=${companyId}`,
      'linked=false',
      'archived=true',
      'archived=any',
    ];
    for (const filter of filters) {
      const listed = await names(`?${filter}`);
      expect(listed.length).toBeGreaterThan(0);
      expect(await names(`?q=example&${filter}`)).toEqual(listed);
    }
    expect(await names(`?q=ada&labelId=${recruiters}`)).toEqual(['Lovelace']);
    expect(await names(`?q=ada&labelId=${recruiters}&labelId=${alumni}`)).toEqual(['Lovelace']);
    expect(await names(`?q=grace&labelId=${recruiters}`)).toEqual([]);
    expect(await names('?q=alan&source=career_fair')).toEqual(['Turing']);
    expect(await names('?q=alan&source=job_posting')).toEqual([]);
    expect(await names(`?q=edsger&companyId=${companyId}`)).toEqual(['Dijkstra']);
    expect(await names(`?q=grace&companyId=${companyId}`)).toEqual([]);
    expect(await names('?q=alan&linked=true')).toEqual([]);
    expect(await names('?q=charles')).toEqual([]);
    expect(await names('?q=charles&archived=true')).toEqual(['Babbage']);
    expect(await names('?q=charles&archived=any')).toEqual(['Babbage']);
  });

  it('filters by labels (all of them), source, company and linked', async () => {
    expect(await names(`?labelId=${recruiters}`)).toEqual(['Lovelace', 'Turing']);
    expect(await names(`?labelId=${recruiters}&labelId=${alumni}`)).toEqual(['Lovelace']);
    expect(await names('?source=career_fair&source=job_posting')).toEqual(['Johnson', 'Turing']);
    expect(await names(`?companyId=${companyId}`)).toEqual(['Dijkstra', 'Turing']);
    expect(await names('?linked=true')).toEqual([]);
    expect(await names('?linked=false')).toHaveLength(5);
  });

  it('shows archived contacts when asked', async () => {
    expect(await names('?archived=true')).toEqual(['Babbage']);
    expect(await names(`?archived=any&labelId=${recruiters}`)).toEqual(['Babbage', 'Lovelace', 'Turing']);
  });

  it('pages with a cursor in a stable order, for every sort', async () => {
    for (const sort of ['name', 'email', 'createdAt', '-createdAt']) {
      const all = await names(`?sort=${sort}`);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: ContactPage } = await list(
          `?sort=${sort}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((item) => item.lastName));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
      expect(all).toHaveLength(5);
    }
    expect(await names('?sort=-createdAt')).toEqual([...(await names('?sort=createdAt'))].reverse());
  });

  it('finds a contact by its words as they are after a change, not as they were', async () => {
    const renamed = await addContact(system, staff.token, institutionId, {
      firstName: 'Barbara',
      lastName: 'Liskov',
      email: 'b.l@clu.example',
    });
    const path = `/v1/institutions/${institutionId}/contacts/${renamed.id}`;
    expect(await names('?q=lisk')).toEqual(['Liskov']);
    const changed = await system.api.patch(
      path,
      { lastName: 'Huberman', companyName: 'Programming Methodology' },
      staff.token,
    );
    expect(changed.status).toBe(200);
    expect(await names('?q=lisk%20clu')).toEqual([]);
    expect(await names('?q=huber%20clu')).toEqual(['Huberman']);
    expect(await names('?q=methodo')).toEqual(['Huberman']);
    await system.api.post(`${path}/archive`, {}, staff.token);
    expect(await names('?q=huber')).toEqual([]);
  });

  it('refuses unknown filters, bad values and bad cursors with a 400 naming them', async () => {
    const unknown = await system.api.get<Problem>(
      `/v1/institutions/${institutionId}/contacts?colour=blue`,
      staff.token,
    );
    const badValues = await system.api.get<Problem>(
      `/v1/institutions/${institutionId}/contacts?linked=maybe&source=telepathy&sort=age&limit=1000&labelId=x`,
      staff.token,
    );
    const garbage = await system.api.get<Problem>(
      `/v1/institutions/${institutionId}/contacts?cursor=not-a-cursor`,
      staff.token,
    );
    const nameCursor = (await list('?limit=1')).body.nextCursor as string;
    const otherSort = await system.api.get<Problem>(
      `/v1/institutions/${institutionId}/contacts?sort=email&cursor=${encodeURIComponent(nameCursor)}`,
      staff.token,
    );

    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.map((error) => error.field)).toEqual(['colour']);
    expect(badValues.status).toBe(400);
    expect(badValues.body.errors?.map((error) => error.field).sort()).toEqual([
      'labelId',
      'limit',
      'linked',
      'sort',
      'source',
    ]);
    expect(garbage.status).toBe(400);
    expect(garbage.body.errors?.[0].field).toBe('cursor');
    expect(otherSort.status).toBe(400);
  });

  it('answers hostile search text with a page, never an error', async () => {
    for (const q of ["'; drop table contact; --", '%_\\', 'Ünïcødé 漢字 🙂', 'x'.repeat(200)]) {
      const response = await list(`?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
    }
    expect((await list(`?q=${'x'.repeat(201)}`)).status).toBe(400);
  });

  it('refuses a search of more than eight words with a 400 naming q', async () => {
    expect((await list(`?q=${encodeURIComponent('ab bc cd de ef fg gh hi')}`)).status).toBe(200);
    const nine = await system.api.get<Problem>(
      `/v1/institutions/${institutionId}/contacts?q=${encodeURIComponent('ab bc cd de ef fg gh hi ij')}`,
      staff.token,
    );
    expect(nine.status).toBe(400);
    expect(nine.body.errors?.map((error) => error.field)).toEqual(['q']);
    // Punctuation separates words as spaces do.
    expect((await list(`?q=${encodeURIComponent('ab.bc.cd.de.ef.fg.gh.hi.ij')}`)).status).toBe(400);
  });

  it('refuses a one-letter word with a 400 naming q: its matches would be a twentieth of every word', async () => {
    for (const q of ['s', "o'brien", 'ada l']) {
      const refused = await system.api.get<Problem>(
        `/v1/institutions/${institutionId}/contacts?q=${encodeURIComponent(q)}`,
        staff.token,
      );
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.map((error) => error.field)).toEqual(['q']);
    }
  });

  describe('when a word is longer than the index keeps', () => {
    let longId: string;

    beforeAll(async () => {
      longId = await createInstitution(system, await system.adminToken());
      for (const [lastName, email] of [
        ['Wolfeschlegelsteinhausen', 'hubert@long.example'],
        ['Wolfeschlegelsteinhausenberger', 'hubert.b@long.example'],
        ['Wolfeschlegelsteinhaus', 'hubert.third@long.example'],
      ]) {
        await system.request(DirectorySubjects.createContact, {
          institutionId: longId,
          firstName: 'Hubert',
          lastName,
          email,
        });
      }
    });

    const longNames = async (q: string) =>
      (
        await system.api.get<ContactPage>(
          `/v1/institutions/${longId}/contacts?q=${q}`,
          await system.adminToken(),
        )
      ).body.items.map((item) => item.lastName);

    it('finds it by its beginning, and compares a longer word typed by its first twenty letters', async () => {
      const all = ['Wolfeschlegelsteinhaus', 'Wolfeschlegelsteinhausen', 'Wolfeschlegelsteinhausenberger'];
      expect(await longNames('wolfeschlegelsteinhausenberger')).toEqual(all);
      expect(await longNames('wolfeschlegelstein%20hub')).toEqual(all);
      expect(await longNames('wolfeschlegelsteinhb')).toEqual([]);
      expect(await longNames('hubert.third')).toEqual(['Wolfeschlegelsteinhaus']);
    });
  });

  describe('when the matches of a search share a name', () => {
    let tiedId: string;
    const added: Array<{ id: string; sortName: string }> = [];

    beforeAll(async () => {
      tiedId = await createInstitution(system, await system.adminToken());
      for (const [index, lastName] of [
        'Same',
        'Samey',
        'Same',
        'Same',
        'Samey',
        'Same',
        'Same',
        'Same',
      ].entries()) {
        const contact = await system.request(DirectorySubjects.createContact, {
          institutionId: tiedId,
          firstName: 'Sam',
          lastName,
          email: `sam${index}@tied.example`,
        });
        added.push({ id: contact.id, sortName: `${lastName} sam`.toLowerCase() });
      }
      await system.request(DirectorySubjects.createContact, {
        institutionId: tiedId,
        firstName: 'Other',
        lastName: 'Person',
        email: 'other@tied.example',
      });
    });

    it('pages through them in name order, the id breaking ties, none skipped or repeated', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: ContactPage } = await system.api.get<ContactPage>(
          `/v1/institutions/${tiedId}/contacts?q=sam%20same&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          await system.adminToken(),
        );
        expect(page.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.body.items.map((item) => item.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      const expected = [...added]
        .sort((a, b) =>
          a.sortName === b.sortName ? (a.id < b.id ? -1 : 1) : a.sortName < b.sortName ? -1 : 1,
        )
        .map((contact) => contact.id);
      expect(seen).toEqual(expected);
    });
  });

  describe('when a searched word begins the words of a long stretch of the name order', () => {
    let bunchedId: string;
    let tagged: string;
    const added: Array<{ sortName: string; text: string; tagged: boolean }> = [];

    beforeAll(async () => {
      const admin = await system.adminToken();
      bunchedId = await createInstitution(system, admin);
      tagged = (
        await system.request(DirectorySubjects.createLabel, { institutionId: bunchedId, name: 'Tagged' })
      ).id;
      const add = async (firstName: string, lastName: string, companyName?: string, archive = false) => {
        const email = `${firstName}.${lastName}.${randomUUID().slice(0, 6)}@example.test`.toLowerCase();
        const isTagged = added.length % 3 === 0;
        const contact = await system.request(DirectorySubjects.createContact, {
          institutionId: bunchedId,
          firstName,
          lastName,
          email,
          ...(companyName ? { companyName } : {}),
          ...(isTagged ? { labelIds: [tagged] } : {}),
        });
        if (archive) {
          await system.request(DirectorySubjects.archiveContact, {
            institutionId: bunchedId,
            contactId: contact.id,
          });
          return;
        }
        added.push({
          sortName: `${lastName} ${firstName}`.toLowerCase(),
          text: `${firstName} ${lastName} ${email} ${companyName ?? ''}`.toLowerCase(),
          tagged: isTagged,
        });
      };
      // 150 Runners in a row of the name order, and matches before and after the run: by company, inside a last
      // name, in a first name, a last name that is the word's beginning, after a hyphen; one archived.
      for (let index = 0; index < 150; index++) await add(`P${String(index).padStart(3, '0')}`, 'Runner');
      for (let index = 0; index < 20; index++) await add(`A${index}`, 'Aardvark', 'Runner Logistics');
      for (let index = 0; index < 20; index++) await add(`Z${index}`, 'Zebra', 'Runner Logistics');
      for (let index = 0; index < 40; index++) await add(`Other${index}`, 'Middle');
      await add('Gil', 'Frontrunner');
      await add('Runa', 'Bee');
      await add('Kim', 'Run', 'Runner Logistics');
      await add('Lee', 'Run');
      await add('Ann', 'Smith-Runner');
      await add('Gone', 'Aardvark', 'Runner Logistics', true);
    });

    const pagedThrough = async (q: string, filter = ''): Promise<string[]> => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: ContactPage } = await system.api.get<ContactPage>(
          `/v1/institutions/${bunchedId}/contacts?q=${encodeURIComponent(q)}${filter}&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          await system.adminToken(),
        );
        seen.push(...page.body.items.map((item) => `${item.lastName} ${item.firstName}`.toLowerCase()));
        cursor = page.body.nextCursor;
      } while (cursor);
      return seen;
    };
    const matching = (q: string, taggedOnly = false): string[] =>
      added
        .filter((contact) => matchesWords(contact.text, q))
        .filter((contact) => !taggedOnly || contact.tagged)
        .map((contact) => contact.sortName)
        .sort();

    it('pages through every match in name order, none skipped or repeated, whether typed in full or in part', async () => {
      for (const q of ['runner', 'run', 'RUNNER logistics', 'p01 run', 'runn']) {
        expect(await pagedThrough(q)).toEqual(matching(q.toLowerCase()));
      }
      expect(matching('run')).toContain('bee runa');
      expect(matching('runner')).toContain('run kim');
      expect(matching('runner')).toContain('smith-runner ann');
      expect(matching('runner')).not.toContain('frontrunner gil');
    });

    it('applies the other filters to the matches in that stretch and outside it', async () => {
      for (const q of ['runner', 'run']) {
        expect(await pagedThrough(q, `&labelId=${tagged}`)).toEqual(matching(q, true));
      }
      expect(matching('run', true).length).toBeGreaterThan(50);
      expect(matching('run', true)).toContain('aardvark a0');
    });
  });

  // A run of thousands (its statistics fresh, as after an import), its matches elsewhere, and a second word.
  describe('when a searched word begins the words of thousands of contacts', () => {
    const RUN = 6000;
    let longRunId: string;
    const added: Array<{ sortName: string; text: string }> = [];

    beforeAll(async () => {
      const admin = await system.adminToken();
      longRunId = await createInstitution(system, admin);
      const people: Array<{ firstName: string; lastName: string; companyName?: string }> = [
        ...Array.from({ length: RUN }, (_, index) => ({ firstName: `W${index}`, lastName: 'Walker' })),
        ...Array.from({ length: 30 }, (_, index) => ({
          firstName: `A${index}`,
          lastName: 'Aa',
          companyName: 'Walker Co',
        })),
        ...Array.from({ length: 30 }, (_, index) => ({ firstName: `Walkerina${index}`, lastName: 'Zz' })),
      ];
      for (let start = 0; start < people.length; start += 2000) {
        const contacts = people.slice(start, start + 2000).map((person, index) => ({
          row: start + index + 2,
          email: `${person.firstName}.${person.lastName}@example.test`.toLowerCase(),
          ...person,
        }));
        await system.request(DirectorySubjects.importApplyContacts, {
          institutionId: longRunId,
          actorId: randomUUID(),
          contacts,
        });
        for (const contact of contacts) {
          added.push({
            sortName: `${contact.lastName} ${contact.firstName}`.toLowerCase(),
            text: `${contact.firstName} ${contact.lastName} ${contact.email} ${contact.companyName ?? ''}`.toLowerCase(),
          });
        }
      }
      await system.db.query('analyze directory.contact');
    });

    const pagedThrough = async (q: string): Promise<string[]> => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: ContactPage } = await system.api.get<ContactPage>(
          `/v1/institutions/${longRunId}/contacts?q=${encodeURIComponent(q)}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          await system.adminToken(),
        );
        seen.push(...page.body.items.map((item) => `${item.lastName} ${item.firstName}`.toLowerCase()));
        cursor = page.body.nextCursor;
      } while (cursor);
      return seen;
    };
    const matching = (q: string): string[] =>
      added
        .filter((contact) => matchesWords(contact.text, q))
        .map((contact) => contact.sortName)
        .sort();

    it('pages through every match in name order, none skipped or repeated', async () => {
      for (const q of ['walker', 'walk', 'w12 walker']) {
        expect(await pagedThrough(q)).toEqual(matching(q));
      }
      expect(matching('walker')).toHaveLength(RUN + 60);
    });
  });
});
