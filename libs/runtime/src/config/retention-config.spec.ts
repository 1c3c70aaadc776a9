import { ServiceConfig } from './app-config';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

const valid = {
  DATABASE_URL: 'postgres://u@localhost:5432/db',
  NATS_URL: 'nats://localhost:4222',
  PORT: '3100',
  METRICS_PORT: '9100',
};

describe('retention settings of a service', () => {
  it('prunes hourly and keeps handled inbox entries 35 days by default', () => {
    const config = loadConfig(ServiceConfig, valid);

    expect(config.RETENTION_INTERVAL_MS).toBe(3_600_000);
    expect(config.HANDLED_EVENTS_RETENTION_DAYS).toBe(35);
  });

  it('takes 0 (forever) or a period past the 30 days the EVENTS stream keeps an event', () => {
    expect(loadConfig(ServiceConfig, { ...valid, HANDLED_EVENTS_RETENTION_DAYS: '0' })).toMatchObject({
      HANDLED_EVENTS_RETENTION_DAYS: 0,
    });
    expect(loadConfig(ServiceConfig, { ...valid, HANDLED_EVENTS_RETENTION_DAYS: '31' })).toMatchObject({
      HANDLED_EVENTS_RETENTION_DAYS: 31,
    });
  });

  it.each([
    [
      'HANDLED_EVENTS_RETENTION_DAYS',
      '14',
      /HANDLED_EVENTS_RETENTION_DAYS must be 0 \(forever\) or from 31 to 3650/,
    ],
    ['HANDLED_EVENTS_RETENTION_DAYS', '-1', /HANDLED_EVENTS_RETENTION_DAYS must be 0 \(forever\) or from 31/],
    [
      'HANDLED_EVENTS_RETENTION_DAYS',
      '4000',
      /HANDLED_EVENTS_RETENTION_DAYS must be 0 \(forever\) or from 31/,
    ],
    ['HANDLED_EVENTS_RETENTION_DAYS', '40.5', /HANDLED_EVENTS_RETENTION_DAYS must be a whole number of days/],
    [
      'HANDLED_EVENTS_RETENTION_DAYS',
      'month',
      /HANDLED_EVENTS_RETENTION_DAYS must be a whole number of days/,
    ],
    ['RETENTION_INTERVAL_MS', '10', /RETENTION_INTERVAL_MS must be at least 1000/],
    ['RETENTION_INTERVAL_MS', 'hourly', /RETENTION_INTERVAL_MS must be a whole number/],
  ])('refuses %s=%s, naming it', (variable, value, message) => {
    const load = () => loadConfig(ServiceConfig, { ...valid, [variable]: value });

    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });
});
