import { TestSystem, uploadAnalysed, Person, institutionWithStaff } from '@careers/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Above the one-line limit (1,000,000 bytes), so that a 10 MB line reaches the importer. */
const MAX_BYTES = 11_000_000;
const HEADER = 'first_name,last_name,email_address,username,user_type';
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  Buffer.from('IHDR'),
  Buffer.alloc(64),
]);

/**
 * What each file gets: a 413 problem on upload, or an accepted upload (202) whose analysis fails with a code and a
 * message that say what is wrong.
 */
const HOSTILE_FILES: Array<
  [what: string, content: Buffer | string, refusal: 413 | 'failed', code: string, detail: RegExp]
> = [
  [
    'larger than the limit',
    'x'.repeat(MAX_BYTES + 1),
    413,
    'payload-too-large',
    /larger than 11000000 bytes/,
  ],
  ['a PNG image', PNG, 'failed', 'not_utf8', /not UTF-8 text/],
  [
    'text with NUL bytes',
    `${HEADER}\nNu\u0000ll,Byte,n@example.test,N1,Mentors\n`,
    'failed',
    'binary_file',
    /binary/,
  ],
  [
    'Latin-1 text',
    Buffer.from(`${HEADER}\nJos\xe9,M\xfcller,j@example.test,J1,Mentors\n`, 'latin1'),
    'failed',
    'not_utf8',
    /UTF-8/,
  ],
  [
    '1,000 columns',
    `${Array.from({ length: 1000 }, (_, index) => `c${index}`).join(',')}\n`,
    'failed',
    'too_many_columns',
    /line 1 has 1000 columns; a file may have 200/,
  ],
  [
    'one line of 10 MB',
    `${HEADER}\n"${'x'.repeat(10_000_000)}",y\n`,
    'failed',
    'record_too_long',
    /longer than/,
  ],
  [
    'a quoted field never closed',
    `${HEADER}\nAda,Lovelace,ada@example.test,A1,Mentors\nAlan,"Turing,alan@example.test,T1,Mentors\n`,
    'failed',
    'malformed_csv',
    /quote on line 3 or after is never closed/,
  ],
];

describe('hostile import uploads', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({
      apps: ['gateway', 'identity', 'directory', 'importer'],
      env: { IMPORT_MAX_BYTES: String(MAX_BYTES) },
    });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_staff'));
  });

  afterAll(async () => {
    await system?.stop();
  });

  const upload = (content: Buffer | string) => {
    const form = new FormData();
    form.set('fileType', 'Mentors');
    form.set('mode', 'manual');
    form.set('file', new Blob([content]), 'people.csv');
    return uploadAnalysed<{ status?: string }>(
      system,
      `/v1/institutions/${institutionId}/imports`,
      form,
      staff.token,
    );
  };

  it.each(HOSTILE_FILES)(
    'refuses %s, saying what is wrong',
    async (_what, content, refusal, code, detail) => {
      const response = await upload(content);

      if (refusal === 413) {
        expect(response.status).toBe(413);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        expect(response.body).toMatchObject({
          type: `urn:careers:problem:${code}`,
          detail: expect.stringMatching(detail),
        });
      } else {
        expect(response.status).toBe(202);
        expect(response.body).toMatchObject({
          status: 'failed',
          rows: 0,
          analysis: { failure: { code, message: expect.stringMatching(detail) } },
        });
      }
    },
  );

  it('stays healthy after them all, and takes a good file', async () => {
    for (const app of ['gateway', 'importer'] as const) {
      expect((await fetch(`${system.app(app).url}/health/ready`)).status).toBe(200);
    }
    const good = await upload(readFileSync(join(__dirname, '../fixtures/imports/mentors-valid.csv')));

    expect(good.status).toBe(202);
    expect(good.body).toMatchObject({ status: 'analyzed', rows: 2, errors: 0 });
  });
});
