import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { EVENTS_STREAM_MAX_AGE_DAYS } from '@careers/contracts';
import { NatsConfig } from './nats-config';
import { RetentionDays } from './retention-days';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;
const POSTGRES_URL = /^postgres(ql)?:\/\/[^\s]+$/;

/** Turns the usual spellings of a yes/no environment variable into a boolean, and leaves anything else to fail. */
// It reads the raw variable (`obj[key]`): implicit conversion would already have made 'false' true.
export const toBoolean = ({ obj, key }: { obj: Record<string, unknown>; key: string }): unknown => {
  const value = obj[key];
  if (typeof value !== 'string') return value;
  const normalized = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalized)) return true;
  if (['false', '0', 'no', 'off'].includes(normalized)) return false;
  return value;
};

/** A TCP port read from the variable of that name. */
function PortNumber(variable: string): (target: object, key: string) => void {
  // Applied in the order a stack of decorators would be (bottom first), so a word fails as "not a whole number".
  const checks = [
    IsInt({ message: `${variable} must be a whole number` }),
    Type(() => Number),
    Max(65535, { message: `${variable} must be between 1 and 65535` }),
    Min(1, { message: `${variable} must be between 1 and 65535` }),
  ];
  return (target, key) => checks.forEach((check) => check(target, key));
}

/** What every app reads. */
export class AppConfig extends NatsConfig {
  @IsIn(NODE_ENVS, { message: `NODE_ENV must be one of ${NODE_ENVS.join(', ')}` })
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** The HTTP port: the API for the gateway, health for the services. */
  @PortNumber('PORT')
  PORT!: number;

  /** Where `/metrics` is served: a port of its own, kept off the API's, so it can stay inside the deployment. */
  @PortNumber('METRICS_PORT')
  METRICS_PORT!: number;

  /** How long an app waits for another service's reply (the gateway then answers 504). */
  @Min(100, { message: 'REQUEST_TIMEOUT_MS must be at least 100' })
  @Max(120000, { message: 'REQUEST_TIMEOUT_MS must be at most 120000' })
  @Type(() => Number)
  @IsInt({ message: 'REQUEST_TIMEOUT_MS must be a whole number' })
  REQUEST_TIMEOUT_MS = 5000;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

/** What every service with its own database schema reads. */
export class ServiceConfig extends AppConfig {
  @Matches(POSTGRES_URL, { message: 'DATABASE_URL must be set to a postgres:// URL' })
  DATABASE_URL!: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'MIGRATE_ON_START must be true or false' })
  MIGRATE_ON_START?: boolean;

  /**
   * How long a service told to stop (SIGTERM) goes on answering the requests it already took, once it has stopped
   * taking new ones (its replicas take those) and before it closes its NATS connection: so that a rolling upgrade
   * or a scale-down fails no request. Keep it above the time the slowest request takes.
   */
  @Min(0, { message: 'SHUTDOWN_GRACE_MS must be at least 0' })
  @Max(60000, { message: 'SHUTDOWN_GRACE_MS must be at most 60000' })
  @Type(() => Number)
  @IsInt({ message: 'SHUTDOWN_GRACE_MS must be a whole number' })
  SHUTDOWN_GRACE_MS = 3000;

  /** Migrations run at start unless told otherwise, except in production where `main.js migrate` runs them. */
  /** How long the service waits between two rounds of pruning the rows whose period is over. */
  @Min(1000, { message: 'RETENTION_INTERVAL_MS must be at least 1000' })
  @Max(86400000, { message: 'RETENTION_INTERVAL_MS must be at most 86400000 (a day)' })
  @Type(() => Number)
  @IsInt({ message: 'RETENTION_INTERVAL_MS must be a whole number' })
  RETENTION_INTERVAL_MS = 3600000;

  /**
   * Days an applied event's inbox entry is kept. The entry is what makes a redelivery change nothing, and the EVENTS
   * stream keeps an event EVENTS_STREAM_MAX_AGE_DAYS (a consumer made again, or one that failed all that time, is
   * delivered anything in it): a shorter period would let an old event be applied twice.
   */
  @RetentionDays('HANDLED_EVENTS_RETENTION_DAYS', EVENTS_STREAM_MAX_AGE_DAYS + 1)
  HANDLED_EVENTS_RETENTION_DAYS = EVENTS_STREAM_MAX_AGE_DAYS + 5;

  get migrateOnStart(): boolean {
    return this.MIGRATE_ON_START ?? !this.isProduction;
  }
}
