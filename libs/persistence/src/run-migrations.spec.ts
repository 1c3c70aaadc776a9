import { Migration } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { ormOptions } from './orm-options';
import { runMigrations } from './run-migrations';

class CreateShelf extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "${this.config.get('schema')}".shelf (id uuid primary key)`);
  }
}

describe('runMigrations', () => {
  const schema = `run_migrations_${randomUUID().replaceAll('-', '')}`;
  const replicas: MikroORM[] = [];

  beforeAll(async () => {
    const options = ormOptions({
      schema,
      databaseUrl: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      entities: [],
      migrations: [{ name: 'Migration1_create_shelf', class: CreateShelf }],
    });
    for (let replica = 0; replica < 4; replica++) {
      replicas.push(await MikroORM.init({ ...options, discovery: { warnWhenNoEntities: false } }));
    }
  });

  afterAll(async () => {
    await replicas[0]?.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
    await Promise.all(replicas.map((orm) => orm.close()));
  });

  it('makes a new schema and applies each migration once when replicas start at the same moment', async () => {
    const applied = await Promise.all(replicas.map((orm) => runMigrations(orm)));

    expect(applied.flat()).toEqual(['Migration1_create_shelf']);
    const logged = await replicas[0].em
      .getConnection()
      .execute(`select name from "${schema}".mikro_orm_migrations`);
    expect(logged).toEqual([{ name: 'Migration1_create_shelf' }]);
  });
});
