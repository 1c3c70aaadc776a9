import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import {
  FILE_TYPES,
  FileType,
  IMPORT_MODES,
  IMPORT_STATUSES,
  ImportMode,
  FindingSummaryEntry,
  AnalysisFailureReply,
  ImportReply,
  ImportRunReply,
  ImportStatus,
  ROW_OUTCOMES,
  RowOutcomeName,
  RUN_PHASES,
  RunPhase,
  UploadedFile,
} from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';

export const IMPORT_ROWS_STATUSES = ['kept', 'pruning', 'pruned'] as const;
export type ImportRowsStatus = (typeof IMPORT_ROWS_STATUSES)[number];

/** An uploaded file of one type, its mode, and what the analyzers found in it. */
@Entity({ tableName: 'import' })
@Index({ name: 'import_newest_first_index', properties: ['institutionId', 'createdAt', 'id'] })
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
  status: ImportStatus = 'analyzing';

  /** The upload waiting in the file store to be analysed; removed from there once the analysis is over. */
  @Property({ type: 'jsonb', nullable: true })
  analysisFile: UploadedFile | null = null;

  @Property({ type: 'integer' })
  analysisRowsRead = 0;

  /** Which try at analysing the file this is: a batch is written only by the try that claimed the import last. */
  @Property({ type: 'integer' })
  analysisAttempts = 0;

  /** The try analysing the file holds it until then, and holds it longer with each batch it writes. */
  @Property({ type: 'timestamptz', nullable: true })
  analysisClaimedUntil: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  analysisFinishedAt: Date | null = null;

  @Property({ type: 'jsonb', nullable: true })
  analysisFailure: AnalysisFailureReply | null = null;

  /** Findings about rows found beyond the caps, not stored: counted by code. */
  @Property({ type: 'jsonb' })
  findingsOmitted: FindingSummaryEntry[] = [];

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

  @Enum({ items: () => RUN_PHASES, type: 'text', nullable: true })
  runPhase: RunPhase | null = null;

  /** The last row the current phase finished: a restarted run goes on after it. */
  @Property({ type: 'integer' })
  runCursor = 0;

  @Property({ type: 'integer' })
  runProcessed = 0;

  /** Rows of a sync whose username is a member's, and of those, the ones whose email is not that member's. */
  @Property({ type: 'integer' })
  runMatched = 0;

  @Property({ type: 'integer' })
  runEmailChanges = 0;

  @Property({ type: 'jsonb', nullable: true })
  runCounts: Record<RowOutcomeName, number> | null = null;

  @Property({ type: 'uuid', nullable: true })
  runStartedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  runStartedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  runFinishedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  runStopReason: string | null = null;

  /**
   * Whether its rows, findings and results are still kept: `pruning` once its run finished longer ago than the importer
   * keeps them (from then on they are not served), `pruned` once they are all gone. Set by pruning only.
   */
  @Enum({ items: () => IMPORT_ROWS_STATUSES, type: 'text' })
  rowsStatus: ImportRowsStatus = 'kept';

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

  /** Who the import names: who made it and who started its run. */
  get people(): string[] {
    return this.runStartedBy ? [this.createdBy, this.runStartedBy] : [this.createdBy];
  }

  /** `names`: of its `people`, as the importer knows them. */
  toReply(names: Map<string, string>): ImportReply {
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
      createdByName: names.get(this.createdBy) ?? null,
      createdAt: this.createdAt.toISOString(),
      updatedAt: this.updatedAt.toISOString(),
      analysis: {
        rowsRead: this.analysisRowsRead,
        finishedAt: this.analysisFinishedAt?.toISOString() ?? null,
        failure: this.analysisFailure,
      },
      run: this.runReply(names),
      rowsPruned: this.rowsStatus !== 'kept',
    };
  }

  /** A new file to analyse in the background, in place of what was read before. */
  awaitAnalysis(file: UploadedFile): void {
    Object.assign(this, {
      status: 'analyzing',
      fileName: file.fileName,
      analysisFile: file,
      analysisRowsRead: 0,
      analysisAttempts: 0,
      analysisClaimedUntil: null,
      analysisFinishedAt: null,
      analysisFailure: null,
    });
  }

  /** Starts the run: a sync first checks every row (its guard), then rows are decided and written a batch at a time. */
  startRun(actorId: string): void {
    this.status = 'running';
    this.runPhase = this.mode === 'sync' ? 'checking' : 'writing';
    this.runCursor = 0;
    this.runProcessed = 0;
    this.runStartedBy = actorId;
    this.runStartedAt = new Date();
  }

  /** A sync's guard pass checked rows up to `row`: so many matched a member by username, so many of them to another email. */
  checked(row: number, matched: number, emailChanges: number): void {
    this.runMatched += matched;
    this.runEmailChanges += emailChanges;
    this.passedRow(row);
  }

  /** Every row is checked (or none needed to be): the rows are now decided and written from the first. */
  startWriting(): void {
    this.runPhase = 'writing';
    this.runCursor = 0;
    this.runProcessed = 0;
  }

  /** The current phase is done up to this row: a restarted run goes on after it. */
  passedRow(row: number): void {
    this.runCursor = row;
    this.runProcessed = row;
  }

  /** The run ends before writing anything, and says why. */
  stopRun(reason: string): void {
    this.status = 'stopped';
    this.runPhase = 'done';
    this.runStopReason = reason;
    this.runFinishedAt = new Date();
  }

  /** Every row is written: the run ends with what came of its rows. Answers when it ended. */
  completeRun(counts: Record<RowOutcomeName, number>): Date {
    const finishedAt = new Date();
    this.status = 'completed';
    this.runPhase = 'done';
    this.runCounts = counts;
    this.runProcessed = this.rows;
    this.runFinishedAt = finishedAt;
    return finishedAt;
  }

  private runReply(names: Map<string, string>): ImportRunReply | null {
    if (!this.runPhase || !this.runStartedBy || !this.runStartedAt) return null;
    return {
      phase: this.runPhase,
      processed: this.runProcessed,
      total: this.rows,
      counts: this.runCounts ?? emptyCounts(),
      startedBy: this.runStartedBy,
      startedByName: names.get(this.runStartedBy) ?? null,
      startedAt: this.runStartedAt.toISOString(),
      finishedAt: this.runFinishedAt?.toISOString() ?? null,
      stopReason: this.runStopReason,
    };
  }
}

export function emptyCounts(): Record<RowOutcomeName, number> {
  return Object.fromEntries(ROW_OUTCOMES.map((outcome) => [outcome, 0])) as Record<RowOutcomeName, number>;
}
