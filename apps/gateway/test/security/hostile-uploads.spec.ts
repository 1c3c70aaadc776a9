import { TestSystem } from '@careers/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addStaffMember, createInstitution, Person } from '../support/people';

/** Above the one-line limit (1,000,000 bytes), so that a 10 MB line reaches the importer. */
const MAX_BYTES = 11_000_000;
const HEADER = 'first_name,last_name,email_address,username,user_type';
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  Buffer.from('IHDR'),
  Buffer.alloc(64),
]);

const HOSTILE_FILES: Array<
  [what: string, content: Buffer | string, status: number, type: string, detail: RegExp]
> = [
  [
    'larger than the limit',
    'x'.repeat(MAX_BYTES + 1),
    413,
    'payload-too-large',
    /larger than 11000000 bytes/,
  ],
  ['a PNG image', PNG, 422, 'not-utf8', /not UTF-8 text/],
  [
    'text with NUL bytes',
    `${HEADER}\nNu\u0000ll,Byte,n@example.test,N1,Mentors\n`,
    422,
    'binary-file',
    /binary/,
  ],
  [
    'Latin-1 text',
    Buffer.from(`${HEADER}\nJos\xe9,M\xfcller,j@example.test,J1,Mentors\n`, 'latin1'),
    422,
    'not-utf8',
    /UTF-8/,
  ],
  [
    '1,000 columns',
    `${Array.from({ length: 1000 }, (_, index) => `c${index}`).join(',')}\n`,
    422,
    'too-many-columns',
    /1000 columns; a file may have 200/,
  ],
  ['one line of 10 MB', `${HEADER}\n"${'x'.repeat(10_000_000)}",y\n`, 422, 'record-too-long', /longer than/],
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
    const admin = await system.adminToken();
    institutionId = await createInstitution(system, admin);
    staff = await addStaffMember(system, admin, institutionId, 'career_services_staff');
  });

  afterAll(async () => {
    await system?.stop();
  });

  const upload = (content: Buffer | string) => {
    const form = new FormData();
    form.set('fileType', 'Mentors');
    form.set('mode', 'manual');
    form.set('file', new Blob([content]), 'people.csv');
    return system.api.upload(`/v1/institutions/${institutionId}/imports`, form, staff.token);
  };

  it.each(HOSTILE_FILES)(
    'refuses %s with a problem that says what is wrong',
    async (_what, content, status, type, detail) => {
      const response = await upload(content);

      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body).toMatchObject({
        type: `urn:careers:problem:${type}`,
        detail: expect.stringMatching(detail),
      });
    },
  );

  it('stays healthy after them all, and takes a good file', async () => {
    for (const app of ['gateway', 'importer'] as const) {
      expect((await fetch(`${system.app(app).url}/health/ready`)).status).toBe(200);
    }
    const good = await upload(readFileSync(join(__dirname, '../fixtures/imports/mentors-valid.csv')));

    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({ status: 'analyzed', rows: 2, errors: 0 });
  });
});
