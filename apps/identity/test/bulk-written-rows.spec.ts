import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '@careers/persistence';
import { TestSystem } from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { ImportApply } from '../src/imports/import-apply';
import { Membership } from '../src/memberships/membership.entity';
import { MembershipRepository } from '../src/memberships/membership.repository';
import { emailFields, User } from '../src/users/user.entity';
import { UserRepository } from '../src/users/user.repository';

/** Every column of a row but those that differ by nature between two writes (ids, times). */
type Row = Record<string, unknown>;
const OWN_TO_EACH_WRITE = new Set(['id', 'user_id', 'created_at', 'updated_at']);

describe('accounts and memberships written in bulk', () => {
  let system: TestSystem;
  let orm: MikroORM;
  const users = new UserRepository();
  const memberships = new MembershipRepository();

  const rowOf = async (table: string, where: string, id: string): Promise<Row> => {
    const [row] = await system.db.query(`select * from identity.${table} where ${where} = $1`, [id]);
    return Object.fromEntries(Object.entries(row).filter(([column]) => !OWN_TO_EACH_WRITE.has(column)));
  };
  const accountId = async (email: string): Promise<string> => {
    const [row] = await system.db.query<{ id: string }>(
      'select id from identity.user_account where email_key = lower($1)',
      [email],
    );
    return row.id;
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

  it('by an import are the rows a flush of the same person made by the constructors writes, column for column', async () => {
    const email = `Ada-${randomUUID()}@Bulk.test`;
    const institutionId = randomUUID();
    const row = {
      row: 2,
      email: ` ${email} `,
      name: ' Ada Lovelace ',
      username: ' S-1 ',
      authIdentifier: 'sso-ada',
      attributes: { school_year: 'Junior' },
      activate: false,
    };

    await orm.em
      .fork()
      .transactional((em) =>
        new ImportApply(users, memberships).apply(em, { institutionId, userType: 'student', people: [row] }),
      );
    const bulkId = await accountId(email);
    const bulkUser = await rowOf('user_account', 'id', bulkId);
    const bulkMember = await rowOf('membership', 'user_id', bulkId);
    await system.db.query('delete from identity.user_account where id = $1', [bulkId]);

    const user = new User(row.email, row.name, 'student', 'active');
    const membership = new Membership(user, institutionId, 'active', ['student'], row.username);
    membership.authIdentifier = row.authIdentifier;
    membership.attributes = row.attributes;
    await orm.em.fork().persist([user, membership]).flush();

    expect(bulkUser).toEqual(await rowOf('user_account', 'id', user.id));
    expect(bulkMember).toEqual(await rowOf('membership', 'user_id', user.id));
    expect(bulkMember).toMatchObject({
      username: 'S-1',
      username_key: 's-1',
      roles: ['student'],
      employer_permissions: [],
      attributes: { school_year: 'Junior' },
      login_entrusted: true,
    });
  });

  it('carefully skip an email or a username taken and answer only what they inserted', async () => {
    const institutionId = randomUUID();
    const template = new Membership(
      new User('', '', 'student', 'active'),
      institutionId,
      'active',
      ['student'],
      '',
    );
    const account = (email: string) => ({ id: randomUUID(), ...emailFields(email), name: 'Someone' });
    const first = account(`first-${randomUUID()}@bulk.test`);
    await orm.em.fork().transactional(async (em) => {
      await users.insert(em, template.user, [first], false);
      await memberships.insert(
        em,
        template,
        [{ id: randomUUID(), user: first.id, username: 'S-1', usernameKey: 's-1' }],
        false,
      );
    });
    const other = account(`other-${randomUUID()}@bulk.test`);

    const inserted = await orm.em.fork().transactional(async (em) => ({
      users: await users.insert(em, template.user, [account(first.email), other], true),
      members: await memberships.insert(
        em,
        template,
        [{ id: randomUUID(), user: other.id, username: 's-1', usernameKey: 's-1' }],
        true,
      ),
    }));

    expect(inserted).toEqual({ users: new Set([other.id]), members: new Set() });
  });

  it('carefully change a member whose account joined the institution meanwhile, and fail a username taken meanwhile', async () => {
    const institutionId = randomUUID();
    const existing = new User(`joins-${randomUUID()}@bulk.test`, 'Joins Meanwhile', 'student', 'active');
    const taker = new User(`taker-${randomUUID()}@bulk.test`, 'Takes A Username', 'student', 'active');
    const late = new User(`late-${randomUUID()}@bulk.test`, 'Comes Too Late', 'student', 'active');
    await orm.em.fork().persist([existing, taker, late]).flush();
    const takenEmail = `taken-${randomUUID()}@bulk.test`;
    await orm.em
      .fork()
      .persist(new User(takenEmail, 'Taken Meanwhile', 'student', 'active'))
      .flush();
    /** What other requests commit between the batch's reads and its careful insert of the members. */
    const meanwhile = async () => {
      await system.db.query(
        `insert into identity.membership (id, user_id, institution_id, status, roles, username, username_key,
                                          attributes, created_at, updated_at)
         values ($1, $2, $3, 'active', '{student}', 'Approved', 'approved', '{}', now(), now()),
                ($4, $5, $3, 'active', '{student}', 'S-3', 's-3', '{}', now(), now())`,
        [randomUUID(), existing.id, institutionId, randomUUID(), taker.id],
      );
    };
    class RacedMemberships extends MembershipRepository {
      override async insert(...args: Parameters<MembershipRepository['insert']>): Promise<Set<string>> {
        if (args[3]) await meanwhile();
        return super.insert(...args);
      }
    }
    const person = (row: number, userId: string | undefined, email: string, username: string) => ({
      row,
      userId,
      email,
      username,
      attributes: {},
      activate: false,
    });

    // The email taken since the batch was decided breaks the plain write: the batch is written again carefully.
    const reply = await orm.em.fork().transactional((em) =>
      new ImportApply(users, new RacedMemberships()).apply(em, {
        institutionId,
        userType: 'student',
        people: [
          person(2, existing.id, existing.email, 'S-2'),
          person(3, late.id, late.email, 'S-3'),
          person(4, undefined, takenEmail, 'S-4'),
        ],
      }),
    );

    expect(reply.failures).toEqual([{ row: 3, reason: 'the username S-3 was taken meanwhile' }]);
    expect(await rowOf('membership', 'user_id', existing.id)).toMatchObject({
      username: 'S-2',
      username_key: 's-2',
    });
  });
});
