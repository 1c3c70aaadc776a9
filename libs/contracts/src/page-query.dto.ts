import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** A page of a list: `page` counts from 1; up to 100 items a page. */
export class PageQuery {
  @Min(1)
  @IsInt({ message: 'page must be a whole number' })
  @Type(() => Number)
  @IsOptional()
  page?: number;

  @Max(100)
  @Min(1)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Type(() => Number)
  @IsOptional()
  pageSize?: number;
}

/** A page of a file's rows (findings, the dry run, results): up to 500 a page. */
export class RowPageQuery {
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

/** A page of a list after a cursor: `limit` items at most, up to 100 (25 unless asked). */
export class CursorPageQuery {
  /** `nextCursor` of the previous page. */
  @MaxLength(1000)
  @IsString()
  @IsOptional()
  cursor?: string;

  @Max(100)
  @Min(1)
  @IsInt({ message: 'limit must be a whole number' })
  @Type(() => Number)
  @IsOptional()
  limit?: number;
}
