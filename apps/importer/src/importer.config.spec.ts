import { ConfigError, loadConfig } from '@careers/runtime';
import { ImporterConfig } from './importer.config';

const valid = { DATABASE_URL: 'postgres://u@localhost:5432/db', NATS_URL: 'nats://localhost:4222' };

describe('ImporterConfig', () => {
  it("keeps a finished import's rows 30 days by default, and forever with 0", () => {
    expect(loadConfig(ImporterConfig, valid).FINISHED_IMPORT_ROWS_RETENTION_DAYS).toBe(30);
    expect(
      loadConfig(ImporterConfig, { ...valid, FINISHED_IMPORT_ROWS_RETENTION_DAYS: '0' })
        .FINISHED_IMPORT_ROWS_RETENTION_DAYS,
    ).toBe(0);
  });

  it('refuses a negative period, naming the variable', () => {
    const load = () => loadConfig(ImporterConfig, { ...valid, FINISHED_IMPORT_ROWS_RETENTION_DAYS: '-3' });

    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/FINISHED_IMPORT_ROWS_RETENTION_DAYS must be from 0 \(forever\) to 3650/);
  });
});
