import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from './orm-options';

const databaseUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function settingSeen(sessionSettings?: Record<string, string>): Promise<string> {
  const orm = await MikroORM.init(
    ormOptions({ schema: 'public', databaseUrl, entities: [], migrations: [], sessionSettings }),
  );
  try {
    const [row] = await orm.em
      .getConnection()
      .execute<{ random_page_cost: string }[]>('show random_page_cost');
    return row.random_page_cost;
  } finally {
    await orm.close();
  }
}

describe('ormOptions', () => {
  it("sets the service's session settings on its connections, whatever the server's", async () => {
    const serverDefault = await settingSeen();

    expect(await settingSeen({ random_page_cost: '1.7' })).toBe('1.7');
    expect(serverDefault).not.toBe('1.7');
  });
});
