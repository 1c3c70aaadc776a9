import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ServiceConfig } from '@careers/runtime';

export class DirectoryConfig extends ServiceConfig {
  override PORT = 3002;
  override METRICS_PORT = 9402;

  /**
   * How long PostgreSQL may spend on a page of the address book (its `statement_timeout`) before cancelling it. Below
   * the gateway's REQUEST_TIMEOUT_MS, so that the client is told the search was too slow rather than a bare 504, and
   * the query stops rather than running on after the gateway gave up.
   */
  @Min(1, { message: 'CONTACT_PAGE_TIMEOUT_MS must be at least 1' })
  @Max(120000, { message: 'CONTACT_PAGE_TIMEOUT_MS must be at most 120000' })
  @Type(() => Number)
  @IsInt({ message: 'CONTACT_PAGE_TIMEOUT_MS must be a whole number' })
  CONTACT_PAGE_TIMEOUT_MS = 3000;

  /**
   * The same for a batch of the contacts a bulk invite's filter matches: longer, since a batch is larger than a page,
   * and still below onboarding's REQUEST_TIMEOUT_MS, which bounds the wait for each batch.
   */
  @Min(1, { message: 'CONTACT_RESOLVE_TIMEOUT_MS must be at least 1' })
  @Max(120000, { message: 'CONTACT_RESOLVE_TIMEOUT_MS must be at most 120000' })
  @Type(() => Number)
  @IsInt({ message: 'CONTACT_RESOLVE_TIMEOUT_MS must be a whole number' })
  CONTACT_RESOLVE_TIMEOUT_MS = 4500;
}
