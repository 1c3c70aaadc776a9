import 'reflect-metadata';
import { PersistenceModule, Pruner, PruneRule, RetentionModule } from '../src';
import { TestDatabase, waitFor } from '@careers/testing';
import { Migration } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';

const SCHEMA = 'retention_test';
const DAY_MS = 24 * 60 * 60 * 1000;

/** A table of deliveries, some still pending; and a batch with its items, pruned once the batch is marked. */
class CreateRetentionTables extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "${SCHEMA}"."delivery" (
      "id" serial primary key, "state" text not null, "done_at" timestamptz not null);`);
    this.addSql(`create table "${SCHEMA}"."batch" (
      "id" serial primary key, "finished_at" timestamptz not null, "items_pruned" boolean not null default false);`);
    this.addSql(`create table "${SCHEMA}"."item" ("batch_id" integer not null, "n" integer not null);`);
  }
}

const doneDeliveries: PruneRule = {
  kind: 'done deliveries',
  table: 'delivery',
  keepDays: 10,
  due: `"state" = 'done' and "done_at" < :cutoff`,
};

function daysAgo(days: number): Date {
  return new Date(Date.now() - days * DAY_MS);
}

function storage() {
  return PersistenceModule.forService({
    schema: SCHEMA,
    databaseUrl: db.url,
    entities: [],
    migrations: [{ name: 'Migration00000000000000_retention_tables', class: CreateRetentionTables }],
    migrateOnStart: true,
  });
}

let db: TestDatabase;

describe('Pruner', () => {
  let app: INestApplicationContext;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await TestDatabase.create();
    const module = await Test.createTestingModule({ imports: [storage()] }).compile();
    orm = module.get(MikroORM);
    app = await module.init();
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  beforeEach(async () => {
    await db.query(`truncate ${SCHEMA}.delivery, ${SCHEMA}.batch, ${SCHEMA}.item`);
  });

  function pruner(rules: PruneRule[], batchSize = 10): Pruner {
    return new Pruner(orm, { intervalMs: 60_000, rules, batchSize, pauseMs: 1 });
  }

  async function addDeliveries(count: number, state: string, doneAt: Date): Promise<void> {
    await db.query(
      `insert into ${SCHEMA}.delivery ("state", "done_at") select $1, $2 from generate_series(1, $3)`,
      [state, doneAt, count],
    );
  }

  async function remaining(): Promise<Array<{ state: string; days: number }>> {
    return db.query(
      `select "state", round(extract(epoch from now() - "done_at") / 86400)::int as "days"
         from ${SCHEMA}.delivery order by "days", "state"`,
    );
  }

  it('prunes the rows past their period in batches, and keeps those within it and those not done', async () => {
    await addDeliveries(25, 'done', daysAgo(11));
    await addDeliveries(2, 'done', daysAgo(9));
    await addDeliveries(3, 'pending', daysAgo(40));

    await expect(pruner([doneDeliveries]).pruneAll()).resolves.toEqual({ 'done deliveries': 25 });

    expect(await remaining()).toEqual([
      { state: 'done', days: 9 },
      { state: 'done', days: 9 },
      { state: 'pending', days: 40 },
      { state: 'pending', days: 40 },
      { state: 'pending', days: 40 },
    ]);
  });

  it('keeps every row of a rule kept for 0 days (forever)', async () => {
    await addDeliveries(3, 'done', daysAgo(400));

    await expect(pruner([{ ...doneDeliveries, keepDays: 0 }]).pruneAll()).resolves.toEqual({});

    expect(await remaining()).toHaveLength(3);
  });

  it('skips a row another transaction holds, without waiting for it, and prunes it in a later round', async () => {
    await addDeliveries(30, 'done', daysAgo(11));
    const writer = new Client({ connectionString: db.url });
    await writer.connect();
    try {
      await writer.query('begin');
      await writer.query(
        `update ${SCHEMA}.delivery set "state" = 'done' where "id" = (select min("id") from ${SCHEMA}.delivery)`,
      );
      const started = Date.now();

      await expect(pruner([doneDeliveries]).pruneAll()).resolves.toEqual({ 'done deliveries': 29 });

      expect(Date.now() - started).toBeLessThan(5000);
      // The writer was never held up either: it goes on writing while its row is still locked.
      await writer.query(`insert into ${SCHEMA}.delivery ("state", "done_at") values ('done', now())`);
      await writer.query('commit');
    } finally {
      await writer.end();
    }
    expect(await remaining()).toEqual([
      { state: 'done', days: 0 },
      { state: 'done', days: 11 },
    ]);

    await expect(pruner([doneDeliveries]).pruneAll()).resolves.toEqual({ 'done deliveries': 1 });
  });

  it('lets two pruners run at once: each row is pruned once, and neither fails', async () => {
    await addDeliveries(2000, 'done', daysAgo(30));

    const rounds = await Promise.all(
      [pruner([doneDeliveries], 50), pruner([doneDeliveries], 50)].map((p) => p.pruneAll()),
    );

    expect(rounds[0]['done deliveries'] + rounds[1]['done deliveries']).toBe(2000);
    expect(await remaining()).toEqual([]);
  });

  it('marks rows with `set`, and a later rule prunes what the marked rows own', async () => {
    await db.query(`insert into ${SCHEMA}.batch ("id", "finished_at") values (1, $1), (2, $2)`, [
      daysAgo(31),
      daysAgo(29),
    ]);
    await db.query(
      `insert into ${SCHEMA}.item ("batch_id", "n") select b, n from generate_series(1, 2) b, generate_series(1, 15) n`,
    );
    const rules: PruneRule[] = [
      {
        kind: 'finished batches',
        table: 'batch',
        keepDays: 30,
        due: `not "items_pruned" and "finished_at" < :cutoff`,
        set: `"items_pruned" = true`,
      },
      {
        kind: 'items of finished batches',
        table: 'item',
        keepDays: 30,
        due: `"batch_id" in (select "id" from :schema:."batch" where "items_pruned")`,
      },
    ];

    await expect(pruner(rules).pruneAll()).resolves.toEqual({
      'finished batches': 1,
      'items of finished batches': 15,
    });

    expect(await db.query(`select "id", "items_pruned" from ${SCHEMA}.batch order by "id"`)).toEqual([
      { id: 1, items_pruned: true },
      { id: 2, items_pruned: false },
    ]);
    expect(await db.query(`select distinct "batch_id" from ${SCHEMA}.item`)).toEqual([{ batch_id: 2 }]);
  });

  it('prunes every interval as a module of the service, and stops with it', async () => {
    await addDeliveries(5, 'done', daysAgo(11));
    const module = await Test.createTestingModule({
      imports: [storage(), RetentionModule.forService({ intervalMs: 100, rules: [doneDeliveries] })],
    }).compile();
    const service = await module.init();

    await waitFor('the first round', async () => ((await remaining()).length === 0 ? true : undefined));
    await addDeliveries(5, 'done', daysAgo(11));
    await waitFor('a later round', async () => ((await remaining()).length === 0 ? true : undefined));

    const closing = Date.now();
    await service.close();
    expect(Date.now() - closing).toBeLessThan(1000);
  });
});
