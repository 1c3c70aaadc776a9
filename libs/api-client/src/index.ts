export { createApiClient, type ApiClient, type ApiClientOptions } from './api-client';
export { PROBLEM_CONTENT_TYPE, problemOf, type Problem } from './problem';
export type { components, operations, paths } from './generated/schema';
