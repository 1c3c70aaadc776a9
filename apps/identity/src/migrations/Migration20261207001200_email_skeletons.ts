import { Migration } from '@mikro-orm/migrations';
import { emailKey } from '../users/email-key';
import { emailSkeleton } from '../users/email-skeleton';

const BATCH = 5000;

/**
 * Each account keeps how its address looks (its TR39 skeleton, computed here as identity computes it), so that a new
 * address that looks like another account's can be found by an index; and email keys are normalised (NFKC) before
 * they are compared. A key that would now equal another account's is left as it was, for an operator to settle: two
 * such accounts are the look-alikes this change stops, and the unique index must not break the migration.
 */
export class Migration20261207001200_email_skeletons extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    const accounts = `"${schema}"."user_account"`;
    await this.execute(`alter table ${accounts} add column "email_skeleton" text null;`);
    // Keys given in this migration: two rows of one batch that would both take a key keep theirs.
    const given = new Set<string>();
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows = (await this.execute(
        `select "id", "email", "email_key" from ${accounts} where "id" > ? order by "id" limit ${BATCH}`,
        [after],
      )) as Array<{ id: string; email: string; email_key: string }>;
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      await this.execute(
        `update ${accounts} a set "email_skeleton" = p."skeleton",
                "email_key" = case when p."key" = a."email_key"
                                     or exists (select 1 from ${accounts} o where o."email_key" = p."key")
                                   then a."email_key" else p."key" end
           from unnest(?::uuid[], ?::text[], ?::text[]) as p("id", "key", "skeleton")
          where a."id" = p."id"`,
        [
          rows.map((row) => row.id),
          rows.map((row) => newKey(row, given)),
          rows.map((row) => emailSkeleton(row.email)),
        ],
      );
    }
    await this.execute(`create index "user_account_email_skeleton_index" on ${accounts} ("email_skeleton");`);
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`drop index "${schema}"."user_account_email_skeleton_index";`);
    this.addSql(`alter table "${schema}"."user_account" drop column "email_skeleton";`);
  }
}

/** The row's normalised key, or its own when another row of this migration was given that key already. */
function newKey(row: { email: string; email_key: string }, given: Set<string>): string {
  const key = emailKey(row.email);
  if (key === row.email_key) return key;
  if (given.has(key)) return row.email_key;
  given.add(key);
  return key;
}
