import { ServiceConfig } from '@careers/runtime';

export class ImporterConfig extends ServiceConfig {
  override PORT = 3004;
  override METRICS_PORT = 9404;
}
