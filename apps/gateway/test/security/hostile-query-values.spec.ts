import { TestSystem, addContact, ImportsClient, createInstitution } from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { apiOperations, concretePath, describeOperation } from '../support/openapi';

/** Values an attacker or a careless client puts in a filter; each is sent alone in one query parameter. */
const HOSTILE_VALUES: Record<string, string> = {
  'SQL comment': "' OR 1=1 --",
  'LIKE any': '%',
  'LIKE one': '_',
  backslash: '\\',
  '10,000 characters': 'a'.repeat(10_000),
  emoji: '🙂🏳️‍🌈',
  'right-to-left': '\u202Egnp.exe مرحبا',
  NUL: 'a\u0000b',
};

/** Long enough for a slow query on a busy machine, short of what a person would call a hang. */
const ANSWER_WITHIN_MS = 5_000;

describe('hostile values in every filter and search', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('answers each with a page or a 400 problem, never a 500, and at once', async () => {
    const admin = await system.adminToken();
    const institutionId = await createInstitution(system, admin);
    // Real ids, so that every value reaches the service's query: the bulk-invite preview needs the approval
    // default, the results a run, the recipients an invite, the outcomes a bulk decision and the company's staff a
    // company.
    await system.api.patch(
      `/v1/institutions/${institutionId}/settings`,
      { employerApproval: { approval: 'automatic', permissions: ['post_jobs'] } },
      admin,
    );
    const imports = new ImportsClient(system, institutionId, admin);
    const uploaded = await imports.upload(
      'first_name,last_name,email_address,username,user_type',
      ['Hal,Hostile,hal.hostile@example.test,H1,Students'],
      { fileType: 'Students', mode: 'manual' },
    );
    await imports.run(uploaded.id);
    const contact = await addContact(system, admin, institutionId);
    const invite = await system.api.post(
      `/v1/institutions/${institutionId}/bulk-invites`,
      { contactIds: [contact.id] },
      admin,
    );
    const bulkDecision = await system.api.post(
      `/v1/institutions/${institutionId}/join-requests/bulk-decline`,
      { requestIds: [randomUUID()] },
      admin,
    );
    const company = await system.api.post('/v1/companies', { name: 'Hostile Inc', institutionId }, admin);
    const ids = {
      institutionId,
      companyId: company.body['id'] as string,
      importId: uploaded.id,
      contactId: contact.id,
      inviteId: invite.body['id'] as string,
      bulkDecisionId: bulkDecision.body['id'] as string,
    };
    // The SCIM list takes a SCIM token and answers SCIM errors: scim-provisioning.spec sends it bad filters.
    const operations = (await apiOperations(system)).filter(
      (operation) =>
        operation.method === 'GET' &&
        operation.queryParameters.length > 0 &&
        !operation.path.startsWith('/scim/'),
    );

    const failures: string[] = [];
    const send = async (what: string, url: string) => {
      const started = performance.now();
      try {
        const response = await fetch(url, {
          headers: { authorization: `Bearer ${admin}` },
          signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
        });
        const type = response.headers.get('content-type') ?? '';
        await response.arrayBuffer();
        const answered =
          response.status === 200 || (response.status === 400 && type.includes('application/problem+json'));
        if (!answered) failures.push(`${what}: ${response.status} ${type}`);
      } catch (error) {
        failures.push(`${what}: no answer in ${Math.round(performance.now() - started)} ms (${error})`);
      }
    };
    for (const operation of operations) {
      const base = `${system.app('gateway').url}${concretePath(operation, ids)}`;
      for (const parameter of operation.queryParameters) {
        const what = `${describeOperation(operation)} ?${parameter}=`;
        for (const [name, value] of Object.entries(HOSTILE_VALUES)) {
          await send(`${what}<${name}>`, `${base}?${parameter}=${encodeURIComponent(value)}`);
        }
        await send(`${what}<an array>`, `${base}?${parameter}=1&${parameter}=2`);
      }
    }

    expect(operations.length).toBeGreaterThanOrEqual(10);
    expect(failures).toEqual([]);
  }, 240_000);
});
