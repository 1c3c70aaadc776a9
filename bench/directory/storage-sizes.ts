import type { TestDatabase } from '@careers/testing';

const SIZES = `
  select relation, pg_size_pretty(bytes) as size from (
    select c.relname::text as relation, pg_relation_size(c.oid) as bytes, 0 as rank
    from pg_class c where c.oid in ('directory.contact'::regclass, 'directory.contact_label'::regclass,
      'directory.contact_search_prefix'::regclass)
    union all
    select i.indexrelid::regclass::text, pg_relation_size(i.indexrelid), 1
    from pg_index i where i.indrelid in ('directory.contact'::regclass, 'directory.contact_label'::regclass,
      'directory.contact_search_prefix'::regclass)
  ) sizes order by rank, bytes desc`;

/** The address book's tables and each of their indexes, on disk: what the searches read from. */
export function storageSizes(db: TestDatabase): Promise<{ relation: string; size: string }[]> {
  return db.query<{ relation: string; size: string }>(SIZES);
}
