import { ServiceConfig } from '@careers/runtime';

export class DirectoryConfig extends ServiceConfig {
  override PORT = 3002;
  override METRICS_PORT = 9402;
}
