import type { OperationObject, PathItemObject } from '@nestjs/swagger';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** The operations of a path of the document, one per method. */
export function operationsOf(pathItem: PathItemObject): OperationObject[] {
  return METHODS.flatMap((method) => pathItem[method] ?? []);
}
