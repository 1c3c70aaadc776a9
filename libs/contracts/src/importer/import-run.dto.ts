import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { FileType, ImportMode } from './import.dto';
import type { RowOutcomeName } from './import-plan.dto';

/** The largest page of failed rows one request returns (the gateway streams the CSV a page at a time). */
export const FAILED_ROWS_PAGE_MAX = 2000;

/**
 * `checking`: a sync reads what every row would do before writing anything (its guard on changed emails);
 * `writing`: a batch at a time, each row decided against the state now, then written; `done`.
 */
export const RUN_PHASES = ['checking', 'writing', 'done'] as const;
export type RunPhase = (typeof RUN_PHASES)[number];

export class StartRunCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  importId!: string;

  @IsUUID()
  actorId!: string;
}

/** How far a run is, and, once over, what it did to each kind of row. */
export class ImportRunReply {
  phase!: RunPhase;
  /** Rows checked (checking) or written (writing) so far, of `total`. */
  processed!: number;
  total!: number;
  counts!: Record<RowOutcomeName, number>;
  startedBy!: string;
  /** The name of who started the run, as it is now; `null` once their account is deleted, or until it is known here. */
  startedByName!: string | null;
  startedAt!: string;
  finishedAt!: string | null;
  /** Why a run stopped before writing anything (a sync changing too many emails). */
  stopReason!: string | null;
}

export class FailedRowsCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  importId!: string;

  /** The page starts after this row. */
  @Min(0)
  @IsInt()
  @IsOptional()
  afterRow?: number;

  @Max(FAILED_ROWS_PAGE_MAX)
  @Min(1)
  @IsInt()
  @IsOptional()
  limit?: number;
}

export class FailedRowReply {
  row!: number;
  /** The cells as uploaded. */
  cells!: string[];
  error!: string;
}

export class FailedRowsPageReply {
  /** The header as uploaded. */
  header!: string[];
  /** At most `limit`; fewer when more would not fit in one reply (rows of long cells): follow `next`. */
  rows!: FailedRowReply[];
  /** `afterRow` for the next page; `null` on the last. */
  next!: number | null;
}

export class ImportRunCompletedData {
  importId!: string;
  institutionId!: string;
  fileType!: FileType;
  mode!: ImportMode;
  counts!: Record<RowOutcomeName, number>;
  startedBy!: string;
  finishedAt!: string;
}
