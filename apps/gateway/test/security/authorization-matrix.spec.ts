import { INSTITUTION_ROLES } from '@careers/contracts';
import { TestSystem, createInstitution } from '@careers/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiOperations, ApiOperation, concretePath, describeOperation } from '../support/openapi';
import {
  CallerName,
  matrixCallers,
  MatrixCaller,
  Scope,
  StaleCaller,
  staleCallers,
} from './support/matrix-callers';
import { MatrixResources } from './support/matrix-resources';

/**
 * The expected status of every route (`METHOD /path` as in the OpenAPI document) for each caller: nobody, the
 * platform administrator, and each institution role as a member of the institution the route names (`own`) or of
 * another one (`other`). Requests carry an empty JSON object where the route takes a JSON body, so a caller let
 * through gets the route's own answer to it (often a 400 naming the missing fields), one refused gets 401, 403 or 404;
 * where the service decides from the body who may, a real one (MatrixResources.bodyFor).
 */
type Expected = { anonymous: number; platform_admin: number } & Record<
  (typeof INSTITUTION_ROLES)[number],
  Record<Scope, number>
>;
const MATRIX = JSON.parse(readFileSync(join(__dirname, 'authorization-matrix.json'), 'utf8')) as Record<
  string,
  Expected
>;

function expectedStatus(expected: Expected, caller: CallerName): number {
  if (caller === 'anonymous' || caller === 'platform_admin') return expected[caller];
  const [role, scope] = caller.split('@') as [(typeof INSTITUTION_ROLES)[number], Scope];
  return expected[role][scope];
}

async function statusOf(
  system: TestSystem,
  operation: ApiOperation,
  path: string,
  caller: MatrixCaller,
  body: Record<string, unknown>,
) {
  const headers: Record<string, string> = caller.token ? { authorization: `Bearer ${caller.token}` } : {};
  if (operation.jsonBody) headers['content-type'] = 'application/json';
  const response = await fetch(`${system.api.baseUrl}${path}`, {
    method: operation.method,
    headers,
    body: operation.jsonBody ? JSON.stringify(body) : undefined,
  });
  await response.arrayBuffer();
  return response.status;
}

describe('authorization matrix: every route × caller × own or other institution', () => {
  let system: TestSystem;
  let operations: ApiOperation[];
  let callers: MatrixCaller[];
  let stale: StaleCaller[];
  let resources: MatrixResources;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] });
    const admin = await system.adminToken();
    const own = await createInstitution(system, admin);
    const other = await createInstitution(system, admin);
    callers = await matrixCallers(system, { own, other });
    stale = await staleCallers(system, { own, other });
    resources = await MatrixResources.create(system, admin, own);
    operations = await apiOperations(system);
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('has an entry for every route of the OpenAPI document, and none for a route it lacks', () => {
    const documented = operations.map(describeOperation).sort();

    expect(Object.keys(MATRIX).sort()).toEqual(documented);
  });

  it('answers every caller of every route as the matrix says', async () => {
    const mismatches: string[] = [];
    let cases = 0;
    for (const operation of operations) {
      const route = describeOperation(operation);
      const expected = MATRIX[route];
      if (!expected) continue; // the test above names it
      for (const caller of callers) {
        const path = concretePath(operation, await resources.forRoute(route));
        const status = await statusOf(system, operation, path, caller, resources.bodyFor(route));
        const wanted = expectedStatus(expected, caller.name);
        cases++;
        if (status !== wanted)
          mismatches.push(`${route} as ${caller.name}: expected ${wanted}, got ${status}`);
      }
    }

    expect(mismatches).toEqual([]);
    expect(cases).toBe(operations.length * callers.length);
  }, 300_000);

  it('answers tokens issued before a role change as the roles held now, on every route', async () => {
    const mismatches: string[] = [];
    for (const operation of operations) {
      const route = describeOperation(operation);
      const expected = MATRIX[route];
      if (!expected) continue;
      for (const caller of stale) {
        const path = concretePath(operation, await resources.forRoute(route));
        const status = await statusOf(system, operation, path, caller, resources.bodyFor(route));
        const wanted = expectedStatus(expected, caller.actsAs);
        if (status !== wanted) {
          mismatches.push(
            `${route} as ${caller.name} now ${caller.actsAs}: expected ${wanted}, got ${status}`,
          );
        }
      }
    }

    expect(mismatches).toEqual([]);
  }, 300_000);
});
