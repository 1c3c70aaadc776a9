import { createInstitution, signUpVerified, TestSystem } from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { everyPage, expectPagingChecked, Page } from './support/pages';

interface Institution {
  id: string;
  name: string;
}

describe('searching institutions by name', () => {
  let system: TestSystem;
  let admin: string;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    admin = await system.adminToken();
  });

  afterAll(() => system?.stop());

  /** A word only this test's institutions have, so that other tests' institutions stay out of its searches. */
  const uniqueWord = () => `Inst${randomUUID().slice(0, 8)}`;

  async function createAll(word: string, names: string[]): Promise<Record<string, string>> {
    const ids: Record<string, string> = {};
    for (const name of names) ids[name] = await createInstitution(system, admin, `${word} ${name}`);
    return ids;
  }

  async function names(q: string, token = admin): Promise<string[]> {
    const response = await system.api.get<Page<Institution>>(
      `/v1/institutions?${new URLSearchParams({ q })}`,
      token,
    );
    expect(response.status).toBe(200);
    return response.body.items.map((institution) => institution.name);
  }

  it('finds an institution by the beginning of a word of its name, any case, split at punctuation', async () => {
    const word = uniqueWord();
    await createAll(word, [
      'Ohio State University',
      "Saint-Mary's University",
      'Multiuniversal Academy',
      'Northern Divinity School',
    ]);

    expect(await names(`${word} univ`)).toEqual([
      `${word} Ohio State University`,
      `${word} Saint-Mary's University`,
    ]);
    expect(await names(`${word.toUpperCase()} MARY`)).toEqual([`${word} Saint-Mary's University`]);
    expect(await names(`${word} tate`)).toEqual([]);
    expect(await names(`${word} versity`)).toEqual([]);
  });

  it('finds only the institutions whose name has a word beginning with each word searched', async () => {
    const word = uniqueWord();
    await createAll(word, ['Ohio State University', 'State College of Ohio', 'Ohio Valley University']);

    expect(await names(`${word} state univ`)).toEqual([`${word} Ohio State University`]);
    expect(await names(`${word} ohio st`)).toEqual([
      `${word} Ohio State University`,
      `${word} State College of Ohio`,
    ]);
  });

  it('pages the search by cursor in name order, each institution once', async () => {
    const word = uniqueWord();
    const ids = await createAll(word, ['Echo', 'Charlie', 'Alpha', 'Delta', 'Bravo']);

    const pages = await everyPage<Institution>(system, `/v1/institutions?q=${word}`, admin, 2);

    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((institution) => institution.id)).toEqual(
      ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'].map((name) => ids[name]),
    );
    const first = await system.api.get<Page<Institution>>(`/v1/institutions?q=${word}&limit=2`, admin);
    expect(first.body.items[0]).toMatchObject({
      id: ids['Alpha'],
      name: `${word} Alpha`,
      website: null,
      emailDomains: [],
    });
    await expectPagingChecked(system, `/v1/institutions?q=${word}`, admin);
  });

  it('lets a student, who is no staff anywhere, search', async () => {
    const word = uniqueWord();
    await createAll(word, ['Riverside Community College']);
    const student = await signUpVerified(system, 'student');

    expect(await names(`${word} river comm`, student.token)).toEqual([`${word} Riverside Community College`]);
  });

  it('refuses a search without a token with a 401', async () => {
    const response = await system.api.get('/v1/institutions?q=state');

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it.each([
    ['a q longer than 200 characters', `q=${'a'.repeat(201)}`],
    ['a q of more than 8 words', `q=${encodeURIComponent('aa bb cc dd ee ff gg hh ii')}`],
    ['a q given twice', 'q=state&q=univ'],
  ])('answers %s with a 400 problem naming q', async (_case, query) => {
    const response = await system.api.get<{ type: string; errors: Array<{ field: string }> }>(
      `/v1/institutions?${query}`,
      admin,
    );

    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:careers:problem:validation-failed');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'q' })]);
  });
});
