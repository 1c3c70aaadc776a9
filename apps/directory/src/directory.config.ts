import { ServiceConfig } from '@careers/runtime';

export class DirectoryConfig extends ServiceConfig {
  override PORT = 3002;
}
