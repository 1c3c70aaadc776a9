import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

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
