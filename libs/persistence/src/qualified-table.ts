import type { EntityManager } from '@mikro-orm/postgresql';

/** `name` in the service's schema, quoted, for SQL written by hand. */
export function qualifiedTable(em: EntityManager, name: string): string {
  return `"${em.config.get('schema') as string}"."${name}"`;
}
