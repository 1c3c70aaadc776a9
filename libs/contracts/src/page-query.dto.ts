import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/**
 * A page of a list after a cursor: `limit` items at most, up to 100 (25 unless asked). Every list of the API pages
 * this way, in a stable order, and replies `{ items, nextCursor }`.
 */
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
