import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from './orm-options';

const databaseUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe('ormOptions', () => {
  it("names the service's sessions after its schema, so pg_stat_activity tells the services apart", async () => {
    const orm = await MikroORM.init(
      ormOptions({ schema: 'orm_options_spec', databaseUrl, entities: [], migrations: [] }),
    );
    try {
      const [row] = await orm.em
        .getConnection()
        .execute<{ application_name: string }[]>('show application_name');
      expect(row.application_name).toBe('orm_options_spec');
    } finally {
      await orm.close();
    }
  });
});
