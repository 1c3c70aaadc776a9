import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '@careers/persistence';
import { TestSystem } from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { Membership } from '../src/memberships/membership.entity';
import { MembershipRepository } from '../src/memberships/membership.repository';
import { User } from '../src/users/user.entity';
import { UserRepository } from '../src/users/user.repository';

/** Every column of a row but those that differ by nature between two writes (ids, times). */
type Row = Record<string, unknown>;
const OWN_TO_EACH_WRITE = new Set(['id', 'user_id', 'created_at', 'updated_at']);

describe('accounts and memberships written in bulk', () => {
  let system: TestSystem;
  let orm: MikroORM;

  const rowOf = async (table: string, where: string, id: string): Promise<Row> => {
    const [row] = await system.db.query(`select * from identity.${table} where ${where} = $1`, [id]);
    return Object.fromEntries(Object.entries(row).filter(([column]) => !OWN_TO_EACH_WRITE.has(column)));
  };
  /** A student with a membership that is not all defaults, made by the constructors as every use case makes them. */
  const person = (email: string, institutionId: string) => {
    const user = new User(` ${email} `, ' Ada Lovelace ', 'student', 'active');
    const membership = new Membership(user, institutionId, 'active', ['student'], ' S-1 ');
    membership.authIdentifier = 'sso-ada';
    membership.attributes = { school_year: 'Junior' };
    membership.loginEntrusted = false;
    return { user, membership };
  };

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['identity'] });
    orm = await MikroORM.init(
      ormOptions({
        schema: 'identity',
        databaseUrl: system.db.url,
        entities: [User, Membership],
        migrations: [],
      }),
    );
  });

  afterAll(async () => {
    await orm?.close();
    await system?.stop();
  });

  it('are the rows a flush of the same entities writes, column for column', async () => {
    const email = `Ada-${randomUUID()}@Bulk.test`;
    const institutionId = randomUUID();

    const bulk = person(email, institutionId);
    await orm.em.fork().transactional(async (em) => {
      await new UserRepository().insert(em, [bulk.user], false);
      await new MembershipRepository().insert(em, [bulk.membership], false);
    });
    const bulkUser = await rowOf('user_account', 'id', bulk.user.id);
    const bulkMember = await rowOf('membership', 'user_id', bulk.user.id);
    await system.db.query('delete from identity.user_account where id = $1', [bulk.user.id]);

    const flushed = person(email, institutionId);
    await orm.em.fork().persist([flushed.user, flushed.membership]).flush();

    expect(bulkUser).toEqual(await rowOf('user_account', 'id', flushed.user.id));
    expect(bulkMember).toEqual(await rowOf('membership', 'user_id', flushed.user.id));
    expect(bulkMember).toMatchObject({
      username: 'S-1',
      username_key: 's-1',
      roles: ['student'],
      employer_permissions: [],
      attributes: { school_year: 'Junior' },
      login_entrusted: false,
    });
  });

  it('carefully, skip an email or a username taken and answer only what they inserted', async () => {
    const institutionId = randomUUID();
    const first = person(`first-${randomUUID()}@bulk.test`, institutionId);
    const users = new UserRepository();
    const memberships = new MembershipRepository();
    await orm.em.fork().transactional(async (em) => {
      await users.insert(em, [first.user], false);
      await memberships.insert(em, [first.membership], false);
    });
    const again = person(first.user.email, institutionId);
    const other = person(`other-${randomUUID()}@bulk.test`, institutionId);

    const inserted = await orm.em.fork().transactional(async (em) => ({
      users: await users.insert(em, [again.user, other.user], true),
      members: await memberships.insert(em, [other.membership], true),
    }));

    expect(inserted).toEqual({ users: new Set([other.user.id]), members: new Set() });
  });
});
