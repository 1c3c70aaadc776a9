import { CursorPageQuery } from '../page-query.dto';

import { IsIn, IsOptional, IsUUID } from 'class-validator';

export const ROW_OUTCOMES = ['create', 'update', 'unchanged', 'skip', 'fail'] as const;
export type RowOutcomeName = (typeof ROW_OUTCOMES)[number];

export class ListPlanQuery extends CursorPageQuery {
  @IsIn(ROW_OUTCOMES, { message: `outcome must be one of ${ROW_OUTCOMES.join(', ')}` })
  @IsOptional()
  outcome?: RowOutcomeName;
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
  /** At most `limit`; fewer when more would not fit in one reply (rows of long values): follow `nextCursor`. */
  items!: RowPlanReply[];
  /** Pass as `cursor` for the rows after this page; `null` when none follow. */
  nextCursor!: string | null;
  /** Every row counted by outcome. */
  counts!: Record<RowOutcomeName, number>;
}
