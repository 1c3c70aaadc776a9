/**
 * A table of search keys derived from `contact.search_text`, one row per (contact, key) with the contact's
 * institution and name order beside the key, kept by two statement triggers on `contact` so that every write path
 * keeps it (the entity's, the import's bulk insert, the company rename). `keys` is the name of a SQL function from
 * `search_text` to the contact's keys; the triggers and their functions are named after it.
 */
export interface ContactSearchRows {
  /** The schema, quoted. */
  schema: string;
  table: string;
  column: string;
  keys: string;
}

/** The rows of the contacts in `from` (aliased `c`) that `where` keeps. */
function insertRows({ schema: s, table, column, keys }: ContactSearchRows, from: string, where = ''): string {
  return `insert into ${s}."${table}" ("contact_id", "${column}", "institution_id", "name_key")
      select c."id", k.key, c."institution_id", c."sort_name"
        from ${from} cross join lateral ${s}."${keys}"(c."search_text") k(key) ${where}`;
}

/** The triggers and their functions; the function `keys` must exist. */
export function keepRows(rows: ContactSearchRows): string[] {
  const { schema: s, table, keys } = rows;
  // Only a change of what the keys are made of, or of the name order beside them, rewrites a contact's rows.
  const changedKeys = (n: string) =>
    `(${n}."search_text", ${n}."sort_name") is distinct from (o."search_text", o."sort_name")`;
  return [
    `create function ${s}."${keys}_on_insert"() returns trigger language plpgsql as $$
      begin
        ${insertRows(rows, 'inserted c')};
        return null;
      end $$;`,
    `create function ${s}."${keys}_on_update"() returns trigger language plpgsql as $$
      begin
        delete from ${s}."${table}" r using changed_new n join changed_old o on o."id" = n."id"
         where r."contact_id" = n."id" and ${changedKeys('n')};
        ${insertRows(rows, `changed_new c join changed_old o on o."id" = c."id"`, `where ${changedKeys('c')}`)};
        return null;
      end $$;`,
    `create trigger "${keys}_on_insert" after insert on ${s}."contact"
      referencing new table as inserted for each statement execute function ${s}."${keys}_on_insert"();`,
    `create trigger "${keys}_on_update" after update on ${s}."contact"
      referencing old table as changed_old new table as changed_new
      for each statement execute function ${s}."${keys}_on_update"();`,
  ];
}

/** The rows of every contact already there. */
export function fillRows(rows: ContactSearchRows): string {
  return `${insertRows(rows, `${rows.schema}."contact" c`)};`;
}

/** The triggers and their functions, as keepRows made them. */
export function stopKeepingRows({ schema: s, keys }: ContactSearchRows): string[] {
  return [
    `drop trigger "${keys}_on_update" on ${s}."contact";`,
    `drop trigger "${keys}_on_insert" on ${s}."contact";`,
    `drop function ${s}."${keys}_on_update"();`,
    `drop function ${s}."${keys}_on_insert"();`,
  ];
}
