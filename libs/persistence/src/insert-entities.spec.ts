import { EntitySchema, Type } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { insertEntities } from './insert-entities';
import { ormOptions } from './orm-options';

/** Written in capitals: a conversion insertEntities does not make. */
class ShoutedType extends Type<string, string> {
  override convertToDatabaseValue(value: string): string {
    return value.toUpperCase();
  }
  override getColumnType(): string {
    return 'text';
  }
}

class Book {
  id!: string;
  title!: string;
  tags!: string[];
  notes!: Record<string, unknown>;
}
class Sign {
  id!: string;
  text!: string;
}

const BookSchema = new EntitySchema<Book>({
  class: Book,
  tableName: 'book',
  properties: {
    id: { type: 'uuid', primary: true },
    title: { type: 'text' },
    tags: { type: 'text[]' },
    notes: { type: 'json', columnType: 'jsonb' },
  },
});
const SignSchema = new EntitySchema<Sign>({
  class: Sign,
  tableName: 'sign',
  properties: {
    id: { type: 'uuid', primary: true },
    text: { type: ShoutedType },
  },
});

describe('insertEntities', () => {
  const schema = `insert_entities_${randomUUID().replaceAll('-', '')}`;
  let orm: MikroORM;
  const template: Book = { id: randomUUID(), title: 'untitled', tags: ['new'], notes: { kept: true } };

  beforeAll(async () => {
    const options = ormOptions({
      schema,
      databaseUrl: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      entities: [],
      migrations: [],
    });
    orm = await MikroORM.init({ ...options, entities: [BookSchema, SignSchema] });
    const sql = orm.em.getConnection();
    await sql.execute(`create schema "${schema}"`);
    await sql.execute(
      `create table "${schema}"."book" (id uuid primary key, title text not null, tags text[] not null, notes jsonb not null)`,
    );
    await sql.execute(`create table "${schema}"."sign" (id uuid primary key, text text not null)`);
  });

  afterAll(async () => {
    await orm?.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
    await orm?.close();
  });

  const book = (id: string) => orm.em.fork().findOneOrFail(Book, { id });

  it('writes the properties each row gives and the template’s for the others, arrays and JSON included', async () => {
    const ids = [randomUUID(), randomUUID()];

    await insertEntities(orm.em.fork(), Book, template, [
      { id: ids[0], title: 'Emma', tags: ['novel', 'austen'] },
      { id: ids[1], title: 'Persuasion', tags: [] },
    ]);

    expect(await book(ids[0])).toMatchObject({
      title: 'Emma',
      tags: ['novel', 'austen'],
      notes: { kept: true },
    });
    expect(await book(ids[1])).toMatchObject({ title: 'Persuasion', tags: [], notes: { kept: true } });
  });

  it('refuses a batch whose rows give different properties, naming the one that differs', async () => {
    const rows = [
      { id: randomUUID(), title: 'Emma' },
      { id: randomUUID(), title: 'Persuasion', tags: ['novel'] },
    ];

    await expect(insertEntities(orm.em.fork(), Book, template, rows)).rejects.toThrow(/"tags"/);
    await expect(
      insertEntities<Record<string, unknown>, Book>(
        orm.em.fork(),
        BookSchema.meta.class,
        template,
        [...rows].reverse(),
      ),
    ).rejects.toThrow(/"tags"/);
    expect(await orm.em.fork().count(Book, { id: rows.map((row) => row.id) })).toBe(0);
  });

  it('refuses an entity with a custom type it does not convert, naming the property', async () => {
    const sign: Sign = { id: randomUUID(), text: 'quiet' };

    await expect(insertEntities(orm.em.fork(), Sign, sign, [{ id: randomUUID() }])).rejects.toThrow(
      /"text".*ShoutedType/,
    );
  });
});
