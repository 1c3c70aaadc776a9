import { EVENTS_STREAM, Events, IdentitySubjects, ImportedPerson, UserType } from '@careers/contracts';
import { TestSystem, waitFor } from '@careers/testing';
import { connect } from 'nats';
import { randomUUID } from 'node:crypto';

describe('writing a batch of imported people (identity.import.apply)', () => {
  let system: TestSystem;

  const person = (row: number, email: string, username: string): ImportedPerson => ({
    row,
    email,
    name: `Person ${row}`,
    username,
    attributes: { school_year: 'Junior' },
    activate: false,
  });
  const apply = (institutionId: string, people: ImportedPerson[], userType: UserType = 'student') =>
    system.request(IdentitySubjects.importApply, { institutionId, userType, people });
  const membersOf = (institutionId: string) =>
    system.db.query<{ email: string; username: string; user_type: string; password_hash: string | null }>(
      `select u.email, m.username, u.user_type, u.password_hash
         from identity.membership m join identity.user_account u on u.id = m.user_id
        where m.institution_id = $1 order by m.username`,
      [institutionId],
    );
  /** The users.imported events published so far, once the outbox has sent everything recorded. */
  const importedEvents = async (): Promise<number> => {
    await waitFor('the outbox to be sent', async () => {
      const [{ waiting }] = await system.db.query<{ waiting: number }>(
        'select count(*)::int as waiting from identity.outbox_event',
      );
      return waiting === 0 ? true : undefined;
    });
    const nc = await connect({ servers: system.nats.url });
    try {
      const jsm = await nc.jetstreamManager();
      const info = await jsm.streams.info(EVENTS_STREAM, { subjects_filter: Events.usersImported });
      return info.state.subjects?.[Events.usersImported] ?? 0;
    } finally {
      await nc.close();
    }
  };
  const email = (name: string) => `${name}-${randomUUID()}@import.test`;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['identity'] });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('creates accounts without a password and their memberships, and applied again changes and announces nothing', async () => {
    const institutionId = randomUUID();
    const batch = [person(2, email('ann'), 'A1'), person(3, email('bob'), 'B1')];

    expect(await apply(institutionId, batch)).toEqual({ failures: [] });
    const members = await membersOf(institutionId);
    const announced = await importedEvents();
    expect(await apply(institutionId, batch)).toEqual({ failures: [] });

    expect(members).toEqual([
      { email: batch[0].email, username: 'A1', user_type: 'student', password_hash: null },
      { email: batch[1].email, username: 'B1', user_type: 'student', password_hash: null },
    ]);
    expect(await membersOf(institutionId)).toEqual(members);
    expect(announced).toBeGreaterThan(0);
    expect(await importedEvents()).toBe(announced);
  });

  it('gives a row whose email was registered since it was decided that account, or fails it when of another type', async () => {
    const elsewhere = randomUUID();
    const student = email('student');
    const employer = email('employer');
    await apply(elsewhere, [person(2, student, 'S1')]);
    await apply(elsewhere, [person(2, employer, 'E1')], 'employer');
    const institutionId = randomUUID();
    const fresh = email('fresh');

    const reply = await apply(institutionId, [
      person(2, student, 'S9'),
      person(3, employer, 'E9'),
      person(4, fresh, 'F9'),
    ]);

    expect(reply.failures).toEqual([
      { row: 3, reason: 'the email belongs to an account of another type (employer)' },
    ]);
    expect((await membersOf(institutionId)).map((member) => [member.email, member.username])).toEqual([
      [fresh, 'F9'],
      [student, 'S9'],
    ]);
  });

  it('fails only the row whose username another person took since it was decided', async () => {
    const institutionId = randomUUID();
    const holder = email('holder');
    await apply(institutionId, [person(2, holder, 'Taken')]);
    const late = email('late');
    const other = email('other');

    const reply = await apply(institutionId, [person(2, late, 'taken'), person(3, other, 'Free')]);

    expect(reply.failures).toEqual([
      { row: 2, reason: 'the username taken belongs to another person at the institution' },
    ]);
    expect((await membersOf(institutionId)).map((member) => [member.email, member.username])).toEqual([
      [other, 'Free'],
      [holder, 'Taken'],
    ]);
  });
});
