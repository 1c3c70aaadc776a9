import { RowPageQuery } from '../page-query.dto';

import { IsIn, IsOptional, IsUUID } from 'class-validator';

export const ROW_OUTCOMES = ['create', 'update', 'unchanged', 'skip', 'fail'] as const;
export type RowOutcomeName = (typeof ROW_OUTCOMES)[number];

export class ListPlanQuery extends RowPageQuery {
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
  items!: RowPlanReply[];
  page!: number;
  pageSize!: number;
  total!: number;
  /** Every row counted by outcome. */
  counts!: Record<RowOutcomeName, number>;
}
