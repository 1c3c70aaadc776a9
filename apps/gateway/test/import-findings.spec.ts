import {
  createUser,
  TestSystem,
  addMember,
  uploadAnalysed,
  Person,
  institutionWithStaff,
} from '@careers/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Finding {
  row: number | null;
  column: string | null;
  code: string;
  severity: string;
}

/** Each analyzer's finding, from a mentors file of its own that has just that problem. */
const CASES: Array<[file: string, expected: Finding, mode?: 'sync' | 'manual']> = [
  ['empty_file', { row: null, column: null, code: 'empty_file', severity: 'error' }],
  ['missing_column', { row: null, column: 'username', code: 'missing_column', severity: 'error' }],
  ['unknown_column', { row: null, column: 'favourite_colour', code: 'unknown_column', severity: 'warning' }],
  ['duplicate_header', { row: null, column: 'last_name', code: 'duplicate_header', severity: 'error' }],
  ['blank_header', { row: null, column: null, code: 'blank_header', severity: 'warning' }],
  ['missing_value', { row: 1, column: 'first_name', code: 'missing_value', severity: 'error' }],
  ['malformed_email', { row: 1, column: 'email_address', code: 'malformed_email', severity: 'error' }],
  ['wrong_value', { row: 1, column: 'user_type', code: 'wrong_value', severity: 'error' }],
  [
    'not_allowed_value',
    {
      row: 1,
      column: 'mentor_information_attributes:student_contact_preference',
      code: 'not_allowed_value',
      severity: 'error',
    },
  ],
  [
    'not_a_whole_number',
    {
      row: 1,
      column: 'mentor_information_attributes:maximum_mentees',
      code: 'not_a_whole_number',
      severity: 'error',
    },
  ],
  [
    'negative_number',
    {
      row: 1,
      column: 'mentor_information_attributes:maximum_mentees',
      code: 'not_a_whole_number',
      severity: 'error',
    },
  ],
  ['duplicate_email', { row: 2, column: 'email_address', code: 'duplicate_value', severity: 'error' }],
  ['duplicate_username', { row: 2, column: 'username', code: 'duplicate_value', severity: 'error' }],
  [
    'single_sign_on_not_used',
    { row: 1, column: 'auth_identifier', code: 'single_sign_on_not_used', severity: 'error' },
  ],
  [
    'recommended_value_missing',
    {
      row: 1,
      column: 'mentor_information_attributes:maximum_mentees',
      code: 'recommended_value_missing',
      severity: 'warning',
    },
  ],
  [
    'recommended_column_missing',
    {
      row: null,
      column: 'mentor_information_attributes:maximum_mentees',
      code: 'recommended_column_missing',
      severity: 'warning',
    },
  ],
  ['other_account_type', { row: 1, column: null, code: 'other_account_type', severity: 'warning' }],
  [
    'sensitive_field_change',
    { row: 1, column: 'username', code: 'sensitive_field_change', severity: 'warning' },
  ],
  ['pending_account', { row: 1, column: 'email_address', code: 'pending_account', severity: 'warning' }],
  ['username_taken', { row: 1, column: null, code: 'username_taken', severity: 'warning' }],
  ['excluded_from_syncs', { row: 1, column: null, code: 'excluded_from_syncs', severity: 'warning' }, 'sync'],
];

describe('the analyzers: each finding from a file of its own', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'importer'] });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_staff'));
    const mentor = (email: string, username: string, more = {}) =>
      addMember(system, institutionId, { email, name: 'Some Mentor', username, userType: 'mentor', ...more });
    await mentor('kept@findings.test', 'M1');
    await mentor('pending@findings.test', 'pending@findings.test', { status: 'pending' });
    await mentor('excluded@findings.test', 'M3', { excludedFromSyncs: true });
    await createUser(system.db, { email: 'boss@findings.test', name: 'Boss Employer', userType: 'employer' });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it.each(CASES)('%s', async (file, expected, mode = 'manual') => {
    const form = new FormData();
    form.set('fileType', 'Mentors');
    form.set('mode', mode);
    form.set(
      'file',
      new Blob([readFileSync(join(__dirname, 'fixtures/imports/findings', `${file}.csv`))]),
      `${file}.csv`,
    );
    const uploaded = await uploadAnalysed<{ id: string; status: string }>(
      system,
      `/v1/institutions/${institutionId}/imports`,
      form,
      staff.token,
    );
    const findings = await system.api.get<{ items: Finding[] }>(
      `/v1/institutions/${institutionId}/imports/${uploaded.body.id}/findings`,
      staff.token,
    );

    expect(uploaded.status).toBe(202);
    expect(findings.body.items).toContainEqual(expect.objectContaining(expected));
  });
});
