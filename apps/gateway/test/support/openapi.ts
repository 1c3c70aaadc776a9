import { TestSystem } from '@careers/testing';

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: { type?: string };
}

export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, OpenApiSchema>;
  additionalProperties?: boolean | OpenApiSchema;
  items?: OpenApiSchema;
  allOf?: OpenApiSchema[];
  oneOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
}

export interface OpenApiOperation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema: OpenApiSchema; example?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: OpenApiSchema }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, OpenApiSchema>; securitySchemes?: Record<string, unknown> };
}

/** The OpenAPI document the running gateway serves at /docs-json. */
export async function openApiDocument(system: TestSystem): Promise<OpenApiDocument> {
  const response = await fetch(`${system.app('gateway').url}/docs-json`);
  if (response.status !== 200) throw new Error(`/docs-json answered ${response.status}`);
  return (await response.json()) as OpenApiDocument;
}

/** One operation of the gateway's API as its OpenAPI document describes it. */
export interface ApiOperation {
  method: string;
  /** The path template, e.g. `/v1/institutions/{institutionId}/contacts`. */
  path: string;
  queryParameters: string[];
  /** The JSON body's schema, its `$ref` resolved; undefined when the operation takes no JSON body. */
  jsonBody?: OpenApiSchema;
  /** The media types of its 200 answer. */
  produces: string[];
}

/** Every operation in the OpenAPI document the running gateway serves at /docs-json. */
export async function apiOperations(system: TestSystem): Promise<ApiOperation[]> {
  const document = await openApiDocument(system);
  const resolve = (schema: OpenApiSchema): OpenApiSchema =>
    schema.$ref ? document.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const json = operation.requestBody?.content['application/json'];
      return {
        method: method.toUpperCase(),
        path,
        queryParameters: (operation.parameters ?? [])
          .filter((parameter) => parameter.in === 'query')
          .map((parameter) => parameter.name),
        jsonBody: json && resolveProperties(resolve(json.schema), resolve),
        produces: Object.keys(operation.responses?.['200']?.content ?? {}),
      };
    }),
  );
}

function resolveProperties(schema: OpenApiSchema, resolve: (schema: OpenApiSchema) => OpenApiSchema) {
  const properties = Object.entries(schema.properties ?? {}).map(([name, property]) => [
    name,
    resolve(property),
  ]);
  return { ...schema, properties: Object.fromEntries(properties) as Record<string, OpenApiSchema> };
}

/** The path with each `{name}` replaced by `ids[name]`; fails when an id is missing, so new routes are not skipped. */
export function concretePath(operation: ApiOperation, ids: Record<string, string>): string {
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const id = ids[name];
    if (id === undefined) throw new Error(`No id for {${name}} in ${operation.method} ${operation.path}`);
    return encodeURIComponent(id);
  });
}

/** `GET /v1/...`, as a test names an operation. */
export function describeOperation(operation: ApiOperation): string {
  return `${operation.method} ${operation.path}`;
}
