import { PROBLEM_TYPES } from '@careers/contracts';
import { TestSystem } from '@careers/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpenApiDocument, openApiDocument, OpenApiOperation, OpenApiSchema } from './support/openapi';

/** Every status a caller got from each route in the authorization matrix, whoever they were. */
const MATRIX = JSON.parse(
  readFileSync(join(__dirname, 'security', 'authorization-matrix.json'), 'utf8'),
) as Record<string, Record<string, number | Record<string, number>>>;

const PROBLEM_DETAILS = '#/components/schemas/ProblemDetails';
const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const SCIM_ERROR = '#/components/schemas/ScimError';
const SCIM_CONTENT_TYPE = 'application/scim+json';
const SCIM_PREFIX = '/scim/v2/';
const UPLOADS = [
  'POST /v1/institutions/{institutionId}/imports',
  'PUT /v1/institutions/{institutionId}/imports/{importId}/file',
];

interface Route {
  name: string;
  path: string;
  operation: OpenApiOperation;
}

function routesOf(document: OpenApiDocument): Route[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      name: `${method.toUpperCase()} ${path}`,
      path,
      operation,
    })),
  );
}

/**
 * The error statuses a route can answer: those callers got in the authorization matrix, 400 where it takes
 * parameters or a body (validation), 401 where it needs a token, 503 and 504 where it asks a service (every /v1 and
 * SCIM route).
 */
function errorStatusesOf(route: Route): number[] {
  const byCaller = Object.values(MATRIX[route.name] ?? {}).flatMap((status) =>
    typeof status === 'number' ? [status] : Object.values(status),
  );
  const { operation } = route;
  const statuses = byCaller.filter((status) => status >= 400);
  // A SCIM route's id is not validated: one that names nothing is a 404.
  const validated = (operation.parameters ?? []).filter(
    (parameter) => parameter.in !== 'path' || !route.path.startsWith(SCIM_PREFIX),
  );
  if (validated.length > 0 || operation.requestBody) statuses.push(400);
  if ((operation.security ?? []).some((requirement) => 'bearer' in requirement || 'scimToken' in requirement))
    statuses.push(401);
  if (route.path.startsWith('/v1/') || route.path.startsWith(SCIM_PREFIX)) statuses.push(503, 504);
  return [...new Set(statuses)].sort((a, b) => a - b);
}

function isProblemResponse(operation: OpenApiOperation, status: string): boolean {
  return operation.responses?.[status]?.content?.[PROBLEM_CONTENT_TYPE]?.schema?.$ref === PROBLEM_DETAILS;
}

/** An error response of its route's kind: SCIM's error body on the SCIM routes, problem details elsewhere. */
function isErrorResponse(route: Route, status: string): boolean {
  if (!route.path.startsWith(SCIM_PREFIX)) return isProblemResponse(route.operation, status);
  const content = route.operation.responses?.[status]?.content ?? {};
  return (
    Object.keys(content).join() === SCIM_CONTENT_TYPE &&
    content[SCIM_CONTENT_TYPE]?.schema?.$ref === SCIM_ERROR
  );
}

/** Each schema in the document, inline or a component, with where it is. */
function* schemasIn(value: unknown, where: string): Generator<[string, OpenApiSchema]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* schemasIn(item, `${where}[${index}]`);
  } else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if (typeof node['type'] === 'string') yield [where, node as OpenApiSchema];
    for (const [key, child] of Object.entries(node)) {
      // Examples are data, not schemas.
      if (key !== 'example' && key !== 'examples') yield* schemasIn(child, `${where}.${key}`);
    }
  }
}

function hasShape(schema: OpenApiSchema): boolean {
  return (
    Object.keys(schema.properties ?? {}).length > 0 ||
    typeof schema.additionalProperties === 'object' ||
    [schema.allOf, schema.oneOf, schema.anyOf].some((parts) => (parts ?? []).length > 0)
  );
}

describe('the OpenAPI document is complete enough to generate a client from', () => {
  let system: TestSystem;
  let document: OpenApiDocument;
  let routes: Route[];

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway'] });
    document = await openApiDocument(system);
    routes = routesOf(document);
  }, 60_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('names every operation by a unique operationId, with a summary', () => {
    expect(
      routes.filter((route) => !route.operation.operationId || !route.operation.summary).map((r) => r.name),
    ).toEqual([]);
    const ids = routes.map((route) => route.operation.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('gives every 2xx answer but a 204 a schema', () => {
    const missing = routes.flatMap((route) =>
      Object.entries(route.operation.responses ?? {})
        .filter(([status]) => status.startsWith('2') && status !== '204')
        .filter(([, response]) => {
          const media = Object.values(response.content ?? {});
          return media.length === 0 || media.some((content) => !content.schema);
        })
        .map(([status]) => `${route.name} ${status}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no object schema without properties', () => {
    const shapeless = [...schemasIn(document, '#')]
      .filter(([, schema]) => schema.type === 'object' && !hasShape(schema))
      .map(([where]) => where);
    expect(shapeless).toEqual([]);
  });

  it('answers every error a route can return with a ProblemDetails body, or on the SCIM routes a SCIM error', () => {
    const undocumented = routes.flatMap((route) =>
      errorStatusesOf(route)
        .filter((status) => !isErrorResponse(route, String(status)))
        .map((status) => `${route.name} ${status}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('gives every error response of the API the ProblemDetails body', () => {
    const untyped = routes
      .filter((route) => route.path.startsWith('/v1/'))
      .flatMap((route) =>
        Object.keys(route.operation.responses ?? {})
          .filter((status) => Number(status) >= 400 && !isProblemResponse(route.operation, status))
          .map((status) => `${route.name} ${status}`),
      );
    expect(untyped).toEqual([]);
  });

  it('documents the SCIM routes under their tag, with the SCIM token instead of an access token', () => {
    const scim = routes.filter((route) => route.path.startsWith(SCIM_PREFIX));

    expect(scim.map((route) => route.operation.operationId).sort()).toEqual(
      [
        'createScimUser',
        'deactivateScimUser',
        'getScimResourceType',
        'getScimSchema',
        'getScimServiceProviderConfig',
        'getScimUser',
        'listScimResourceTypes',
        'listScimSchemas',
        'listScimUsers',
        'patchScimUser',
        'replaceScimUser',
      ].sort(),
    );
    for (const { operation } of scim) {
      expect(operation.tags).toEqual(['scim']);
      expect(operation.security).toEqual([{ scimToken: [] }]);
      const answers = Object.entries(operation.responses ?? {}).filter(([status]) => status !== '204');
      for (const [, response] of answers)
        expect(Object.keys(response.content ?? {})).toEqual([SCIM_CONTENT_TYPE]);
      if (operation.requestBody)
        expect(Object.keys(operation.requestBody.content).sort()).toEqual([
          'application/json',
          SCIM_CONTENT_TYPE,
        ]);
    }
    expect(document.components.securitySchemes?.['scimToken']).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });

  it('describes the problem details of RFC 9457, with the fields in error', () => {
    const problem = document.components.schemas['ProblemDetails'];
    expect(Object.keys(problem.properties ?? {})).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance', 'errors']),
    );
    expect(Object.keys(problem.properties?.['errors']?.items?.properties ?? {})).toEqual([
      'field',
      'message',
    ]);
  });

  it('lists every problem type of the registry as the values of `type`', () => {
    const types = document.components.schemas['ProblemDetails'].properties?.['type']?.enum;

    expect([...(types ?? [])].sort()).toEqual([...PROBLEM_TYPES].sort());
    expect(types).toContain('urn:careers:problem:contact-email-taken');
  });

  it('describes each upload as a multipart form with its file', () => {
    const uploads = routes.filter((route) => UPLOADS.includes(route.name));
    expect(uploads.map((route) => route.name).sort()).toEqual([...UPLOADS].sort());
    for (const { operation } of uploads) {
      const form = operation.requestBody?.content['multipart/form-data']?.schema;
      expect(form?.properties?.['file']).toMatchObject({ type: 'string', format: 'binary' });
    }
  });
});
