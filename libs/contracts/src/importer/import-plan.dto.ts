import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const ROW_OUTCOMES = ['create', 'update', 'unchanged', 'skip', 'fail'] as const;
export type RowOutcomeName = (typeof ROW_OUTCOMES)[number];

export class ListPlanQuery {
  @IsIn(ROW_OUTCOMES, { message: `outcome must be one of ${ROW_OUTCOMES.join(', ')}` })
  @IsOptional()
  outcome?: RowOutcomeName;

  @Min(1)
  @IsInt({ message: 'page must be a whole number' })
  @Type(() => Number)
  @IsOptional()
  page?: number;

  @Max(500)
  @Min(1)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Type(() => Number)
  @IsOptional()
  pageSize?: number;
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
