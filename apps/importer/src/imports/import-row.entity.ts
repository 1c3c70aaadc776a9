import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { FieldChange, RowOutcome } from '@careers/contracts';

/** One row of the file: its cells as uploaded (its values are made again from them and the header). */
@Entity({ tableName: 'import_row' })
export class ImportRow {
  @PrimaryKey({ type: 'uuid' })
  importId!: string;

  /** The row's number in the file: 1 is the first row after the header. */
  @PrimaryKey({ type: 'integer' })
  row!: number;

  @Property({ type: 'json', columnType: 'json' })
  cells!: string[];

  /** How many error findings the row has: a row with errors is not run. */
  @Property({ type: 'integer' })
  errors!: number;

  /** The dry run: what running the row will do. `null` for a row with errors (it is not run). */
  @Property({ type: 'text', nullable: true })
  planOutcome!: RowOutcome | null;

  @Property({ type: 'text', nullable: true })
  planCode!: string | null;

  @Property({ type: 'text', nullable: true })
  planReason!: string | null;

  /** `null` for a row that creates: its changes are its values. */
  @Property({ type: 'json', columnType: 'json', nullable: true })
  planChanges!: FieldChange[] | null;
}
