import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { operationsOf } from './operations';
import { PROBLEM_CONTENT, PROBLEM_DETAILS, PROBLEM_DETAILS_SCHEMA } from './problem-details.schema';

/**
 * The errors any route of a kind can answer, whatever its domain: documented here once from what the document says
 * of the route rather than by a decorator on each of them. A route's own decorators (a 409 of its service, a 413 of
 * an upload) keep their more precise descriptions.
 */
const GENERIC_PROBLEMS: { status: number; description: string; appliesTo: (route: Route) => boolean }[] = [
  {
    status: 400,
    description: 'A parameter or a field of the body is not valid; `errors` names each one.',
    appliesTo: (route) => route.hasParameters || route.hasBody,
  },
  {
    status: 401,
    description: 'No valid access token: missing, expired, or its session was signed out.',
    appliesTo: (route) => route.needsToken,
  },
  {
    status: 408,
    description: 'The body was not sent within the time the server gives; the connection is closed.',
    appliesTo: (route) => route.hasBody,
  },
  {
    status: 413,
    description: 'The body is larger than 1 MB, the most this API accepts.',
    appliesTo: (route) => route.hasBody,
  },
  {
    status: 415,
    description: 'The body is not of a media type the route takes.',
    appliesTo: (route) => route.hasBody,
  },
  {
    status: 500,
    description: 'An unexpected error; quote its `errorId` when reporting it.',
    appliesTo: (route) => route.callsService,
  },
  {
    status: 503,
    description: 'The service behind the route is not available; try again later.',
    appliesTo: (route) => route.callsService,
  },
  {
    status: 504,
    description: 'The service behind the route did not answer in time; try again later.',
    appliesTo: (route) => route.callsService,
  },
];

interface Route {
  hasParameters: boolean;
  hasBody: boolean;
  needsToken: boolean;
  callsService: boolean;
}

/** Every API route (under /v1) asks a service over NATS; only the health checks answer on their own. */
const API_PREFIX = '/v1/';

/** The SCIM routes answer SCIM's error bodies, documented on their controllers. */
const SCIM_PREFIX = '/scim/v2/';

/** Adds the ProblemDetails schema, the generic errors of each route, and the schema to every error response. */
export function documentProblems(document: OpenAPIObject): void {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, [PROBLEM_DETAILS]: PROBLEM_DETAILS_SCHEMA },
  };
  for (const [path, pathItem] of Object.entries(document.paths)) {
    if (path.startsWith(SCIM_PREFIX)) continue;
    for (const operation of operationsOf(pathItem)) {
      const route = routeOf(path, operation);
      for (const problem of GENERIC_PROBLEMS) {
        if (problem.appliesTo(route) && !operation.responses[problem.status]) {
          operation.responses[problem.status] = { description: problem.description };
        }
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        // A health check's 503 has its own body, described by Terminus.
        if (Number(status) >= 400 && !(response as ResponseObject).content) {
          (response as ResponseObject).content = PROBLEM_CONTENT;
        }
      }
    }
  }
}

function routeOf(path: string, operation: OperationObject): Route {
  return {
    hasParameters: (operation.parameters ?? []).length > 0,
    hasBody: operation.requestBody !== undefined,
    needsToken: (operation.security ?? []).some((requirement) => 'bearer' in requirement),
    callsService: path.startsWith(API_PREFIX),
  };
}
