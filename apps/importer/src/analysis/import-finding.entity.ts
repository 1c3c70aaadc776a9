import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { FINDING_SEVERITIES, FindingReply, FindingSeverity } from '@careers/contracts';

/** A finding of an import's analyzers, numbered in the order they were found. */
@Entity({ tableName: 'import_finding' })
export class ImportFinding {
  @PrimaryKey({ type: 'uuid' })
  importId!: string;

  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Property({ type: 'integer', nullable: true })
  row!: number | null;

  @Property({ type: 'text', nullable: true })
  column!: string | null;

  @Property({ type: 'text', nullable: true })
  value!: string | null;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  message!: string;

  @Enum({ items: () => FINDING_SEVERITIES, type: 'text' })
  severity!: FindingSeverity;

  toReply(): FindingReply {
    const { row, column, value, code, message, severity } = this;
    return { row, column, value, code, message, severity };
  }
}
