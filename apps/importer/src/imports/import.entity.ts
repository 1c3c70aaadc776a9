import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import {
  FILE_TYPES,
  FileType,
  IMPORT_MODES,
  IMPORT_STATUSES,
  ImportMode,
  ImportReply,
  ImportStatus,
} from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';

/** An uploaded file of one type, its mode, and what the analyzers found in it. */
@Entity({ tableName: 'import' })
@Index({ properties: ['institutionId', 'createdAt'] })
export class Import extends BaseEntity {
  @Property({ type: 'uuid' })
  institutionId: string;

  @Enum({ items: () => FILE_TYPES, type: 'text' })
  fileType: FileType;

  @Enum({ items: () => IMPORT_MODES, type: 'text' })
  mode: ImportMode;

  @Property({ type: 'boolean' })
  sensitiveFields: boolean;

  @Property({ type: 'text' })
  fileName = '';

  @Enum({ items: () => IMPORT_STATUSES, type: 'text' })
  status: ImportStatus = 'analyzed';

  /** The header as uploaded. */
  @Property({ type: 'jsonb' })
  header: string[] = [];

  @Property({ type: 'integer' })
  rows = 0;

  @Property({ type: 'integer' })
  errors = 0;

  @Property({ type: 'integer' })
  warnings = 0;

  @Property({ type: 'uuid' })
  createdBy: string;

  constructor(
    institutionId: string,
    fields: { fileType: FileType; mode: ImportMode; sensitiveFields: boolean },
    createdBy: string,
  ) {
    super();
    this.institutionId = institutionId;
    this.fileType = fields.fileType;
    this.mode = fields.mode;
    this.sensitiveFields = fields.sensitiveFields;
    this.createdBy = createdBy;
  }

  toReply(): ImportReply {
    return {
      id: this.id,
      institutionId: this.institutionId,
      fileType: this.fileType,
      mode: this.mode,
      sensitiveFields: this.sensitiveFields,
      fileName: this.fileName,
      status: this.status,
      rows: this.rows,
      errors: this.errors,
      warnings: this.warnings,
      createdBy: this.createdBy,
      createdAt: this.createdAt.toISOString(),
      updatedAt: this.updatedAt.toISOString(),
    };
  }
}
