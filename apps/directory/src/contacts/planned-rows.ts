import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { executeBound } from '@careers/persistence';
import type { Contact } from './contact.entity';

interface PlanNode {
  'Node Type': string;
  'Plan Rows': number;
  Plans?: PlanNode[];
}

/** Nodes that only order or cut the rows below them. */
const PASSING = new Set(['Limit', 'Sort', 'Incremental Sort']);

/**
 * How many rows PostgreSQL expects a page query to match, before its order and limit: one planning, no execution
 * (`EXPLAIN`), about a millisecond.
 */
export async function plannedRows(em: EntityManager, query: QueryBuilder<Contact>): Promise<number> {
  const [explained] = await executeBound<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
    em,
    'explain (format json) ?',
    [query.getKnexQuery()],
  );
  let node = explained['QUERY PLAN'][0].Plan;
  while (PASSING.has(node['Node Type']) && node.Plans?.length === 1) node = node.Plans[0];
  return node['Plan Rows'];
}
