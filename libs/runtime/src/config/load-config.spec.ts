import { ConfigError } from './config-error';
import { ServiceConfig } from './app-config';
import { loadConfig } from './load-config';

const valid = {
  DATABASE_URL: 'postgres://u@localhost:5432/db',
  NATS_URL: 'nats://localhost:4222',
  PORT: '3100',
  METRICS_PORT: '9100',
};

describe('loadConfig', () => {
  it('reads and converts the variables of the schema, with defaults for the rest', () => {
    const config = loadConfig(ServiceConfig, { ...valid, MIGRATE_ON_START: 'false' });

    expect(config.PORT).toBe(3100);
    expect(config.METRICS_PORT).toBe(9100);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.migrateOnStart).toBe(false);
  });

  it('runs migrations at start by default, except in production', () => {
    expect(loadConfig(ServiceConfig, valid).migrateOnStart).toBe(true);
    expect(loadConfig(ServiceConfig, { ...valid, NODE_ENV: 'production' }).migrateOnStart).toBe(false);
  });

  it('names every missing or malformed variable in one error', () => {
    const load = () =>
      loadConfig(ServiceConfig, {
        NATS_URL: 'http://x',
        PORT: '70000',
        METRICS_PORT: 'ninety',
        MIGRATE_ON_START: 'maybe',
      });

    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/DATABASE_URL must be set to a postgres:\/\/ URL/);
    expect(load).toThrow(/NATS_URL must be set to one or more nats:\/\/ URLs/);
    expect(load).toThrow(/ PORT must be between 1 and 65535/);
    expect(load).toThrow(/METRICS_PORT must be a whole number/);
    expect(load).toThrow(/MIGRATE_ON_START must be true or false/);
  });
});
