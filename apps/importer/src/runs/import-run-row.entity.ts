import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { FieldChange, RowOutcome } from '@careers/contracts';

/** What a run decided for one row (against the state when it ran), what it sends to be written, and what came of it. */
@Entity({ tableName: 'import_run_row' })
export class ImportRunRow {
  @PrimaryKey({ type: 'uuid' })
  importId!: string;

  @PrimaryKey({ type: 'integer' })
  row!: number;

  @Property({ type: 'text' })
  outcome!: RowOutcome;

  @Property({ type: 'text', nullable: true })
  code!: string | null;

  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  /** `null` only for a row that created, decided by a run before decisions were stored whole. */
  @Property({ type: 'json', columnType: 'json', nullable: true })
  changes!: FieldChange[] | null;

  /**
   * `null` for a row that writes nothing, and for one that creates decided by an importer from before decisions were
   * stored whole (a run decides it again).
   */
  @Property({ type: 'json', columnType: 'json', nullable: true })
  apply!: Record<string, unknown> | null;
}
