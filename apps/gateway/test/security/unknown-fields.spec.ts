import { TestSystem, createInstitution } from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { ApiOperation, apiOperations, concretePath, describeOperation } from '../support/openapi';

const UNKNOWN_FIELD = 'isAdmin';

interface Problem {
  errors?: Array<{ field: string }>;
}

/** The body with the unknown field at the top and inside each nested object the schema describes. */
function bodyWithUnknownFields(operation: ApiOperation): { body: Record<string, unknown>; fields: string[] } {
  const nested = Object.entries(operation.jsonBody?.properties ?? {})
    .filter(([, schema]) => schema.type === 'object' && schema.properties)
    .map(([name]) => name);
  return {
    body: {
      [UNKNOWN_FIELD]: true,
      ...Object.fromEntries(nested.map((name) => [name, { [UNKNOWN_FIELD]: true }])),
    },
    fields: [UNKNOWN_FIELD, ...nested.map((name) => `${name}.${UNKNOWN_FIELD}`)],
  };
}

describe('unknown fields in request bodies (no mass assignment)', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('refuses an unknown field, at the top and in nested objects, on every operation with a JSON body', async () => {
    const admin = await system.adminToken();
    // Bodies are validated before any service looks an id up, so only the institution needs to be real (the guard
    // checks it); every other id is well-formed.
    const ids = {
      institutionId: await createInstitution(system, admin),
      userId: randomUUID(),
      labelId: randomUUID(),
      contactId: randomUUID(),
      requestId: randomUUID(),
      token: 'x'.repeat(43),
    };
    // SCIM ignores the attributes it does not keep, as RFC 7643 lets a service provider (scim-user-resource.ts).
    const operations = (await apiOperations(system)).filter(
      (operation) => operation.jsonBody && !operation.path.startsWith('/scim/'),
    );

    const accepted: string[] = [];
    for (const operation of operations) {
      const { body, fields } = bodyWithUnknownFields(operation);
      const response = await system.api.request<Problem>(operation.method, concretePath(operation, ids), {
        body,
        token: admin,
      });
      const named = new Set(response.body.errors?.map((error) => error.field));
      const isProblem = response.headers.get('content-type')?.includes('application/problem+json');
      if (response.status !== 400 || !isProblem || !fields.every((field) => named.has(field))) {
        accepted.push(`${describeOperation(operation)}: ${response.status} ${JSON.stringify(response.body)}`);
      }
    }

    expect(operations.length).toBeGreaterThan(25);
    expect(accepted).toEqual([]);
  });
});
