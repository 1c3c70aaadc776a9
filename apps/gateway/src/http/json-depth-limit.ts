import { BadRequestException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** Far deeper than any request of the API nests, far short of what a recursive walk of the body could not take. */
export const MAX_JSON_DEPTH = 32;

/**
 * Refuses a parsed body nested deeper than MAX_JSON_DEPTH objects and arrays, before a guard, pipe or handler walks
 * it: a hook on every route, those open to anyone included.
 */
export async function refuseDeepJson(request: FastifyRequest): Promise<void> {
  if (nestingExceeds(request.body, MAX_JSON_DEPTH)) {
    throw new BadRequestException(
      `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep, the most this API accepts.`,
    );
  }
}

/** Whether the value holds objects or arrays more than `maxDepth` deep; walked with a stack of its own. */
export function nestingExceeds(value: unknown, maxDepth: number): boolean {
  const pending: Array<[value: unknown, depth: number]> = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [inner, depth] = next;
    if (inner === null || typeof inner !== 'object') continue;
    if (depth === maxDepth) return true;
    for (const item of Object.values(inner)) pending.push([item, depth + 1]);
  }
  return false;
}
