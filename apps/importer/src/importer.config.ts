import { RetentionDays, ServiceConfig } from '@careers/runtime';

export class ImporterConfig extends ServiceConfig {
  override PORT = 3004;
  override METRICS_PORT = 9404;

  /**
   * Days a finished import's rows as uploaded, findings and per-row results are kept after its run finished (the
   * import itself, with its counts, stays); 0 keeps them forever.
   */
  @RetentionDays('FINISHED_IMPORT_ROWS_RETENTION_DAYS')
  FINISHED_IMPORT_ROWS_RETENTION_DAYS = 30;
}
