import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { AppConfig } from '@careers/runtime';

export class GatewayConfig extends AppConfig {
  override PORT = 3000;

  /** How long the gateway waits for a service's reply before answering 504. */
  @Min(100, { message: 'REQUEST_TIMEOUT_MS must be at least 100' })
  @Max(120000, { message: 'REQUEST_TIMEOUT_MS must be at most 120000' })
  @Type(() => Number)
  @IsInt({ message: 'REQUEST_TIMEOUT_MS must be a whole number' })
  REQUEST_TIMEOUT_MS = 5000;
}
