import { RowPageQuery } from '../page-query.dto';

import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export const ROW_OUTCOMES = ['create', 'update', 'unchanged', 'skip', 'fail'] as const;
export type RowOutcomeName = (typeof ROW_OUTCOMES)[number];

export class ListPlanQuery extends RowPageQuery {
  @IsIn(ROW_OUTCOMES, { message: `outcome must be one of ${ROW_OUTCOMES.join(', ')}` })
  @IsOptional()
  outcome?: RowOutcomeName;

  /** `nextCursor` of the previous page: the page starts after the rows read so far (instead of `page`). */
  @MaxLength(200)
  @IsString()
  @IsOptional()
  cursor?: string;
}

export class ListPlanCommand extends ListPlanQuery {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  importId!: string;
}

export class PlannedChange {
  field!: string;
  from!: string | null;
  to!: string;
}

/** What running a row will do (the dry run), or did (a run's result). */
export class RowPlanReply {
  row!: number;
  outcome!: RowOutcomeName;
  changes!: PlannedChange[];
  reason!: string | null;
}

export class PlanPageReply {
  /** At most `pageSize`; fewer when more would not fit in one reply (rows of long values): follow `nextCursor`. */
  items!: RowPlanReply[];
  /** Pass as `cursor` for the rows after this page; `null` when none follow. */
  nextCursor!: string | null;
  page!: number;
  pageSize!: number;
  total!: number;
  /** Every row counted by outcome. */
  counts!: Record<RowOutcomeName, number>;
}
