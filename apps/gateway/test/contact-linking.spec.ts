import {
  TestSystem,
  waitFor,
  addContact,
  ContactBody,
  codeIn,
  createInstitution,
  Person,
  signUpVerified,
  uniqueEmail,
  institutionWithStaff,
} from '@careers/testing';
import { connect } from 'nats';
import { randomUUID } from 'node:crypto';

describe('linking contacts and users by email', () => {
  let system: TestSystem;
  let admin: string;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    ({ admin, institutionId, staff } = await institutionWithStaff(system, 'career_services_staff'));
  });

  afterAll(async () => {
    await system?.stop();
  });

  const read = (contactId: string, inInstitution = institutionId, token = staff.token) =>
    system.api.get<ContactBody>(`/v1/institutions/${inInstitution}/contacts/${contactId}`, token);
  const linkedTo = (
    contactId: string,
    userId: string | null,
    inInstitution = institutionId,
    token = staff.token,
  ) =>
    waitFor(`contact ${contactId} linked to ${userId}`, async () => {
      const contact = (await read(contactId, inInstitution, token)).body;
      return contact.linkedUserId === userId ? contact : undefined;
    });

  it('links a contact added for an existing user at once', async () => {
    const user = await signUpVerified(system, 'employer', 'Erin Employer');
    await waitFor("the user's verification to reach directory", async () => {
      const rows = await system.db.query(
        `select 1 from directory.user_replica where id = $1 and status = 'active'`,
        [user.id],
      );
      return rows.length > 0 ? true : undefined;
    });

    const contact = await addContact(system, staff.token, institutionId, { email: user.email.toUpperCase() });

    expect(contact.linkedUserId).toBe(user.id);
    const event = await system.lastEvent('events.directory.contact.linked', { contactId: contact.id });
    expect(event['data']).toMatchObject({ contactId: contact.id, userId: user.id, institutionId });
  });

  it('links contacts at every institution when their person signs up and verifies later', async () => {
    const email = uniqueEmail('later');
    const other = await createInstitution(system, admin);
    const here = await addContact(system, staff.token, institutionId, { email });
    const there = await addContact(system, admin, other, { email: email.toUpperCase() });
    expect(here.linkedUserId).toBeNull();

    const signup = await system.api.post('/v1/auth/signup', {
      email,
      password: 'correct horse battery staple',
      name: 'Late Comer',
      userType: 'employer',
    });
    expect(signup.status).toBe(202);
    // An unverified sign-up does not own the address yet: nothing links.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await read(here.id)).body.linkedUserId).toBeNull();

    const mail = await system.smtp.waitForMail(email, /Confirm your email/);
    const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    const verified = await system.api.post('/v1/auth/verify-email', { token });
    const userId = verified.body['id'] as string;

    await linkedTo(here.id, userId);
    await linkedTo(there.id, userId, other, admin);
  });

  it("relinks when a user's email changes: off the old address's contact, onto the new one's", async () => {
    const user = await signUpVerified(system, 'employer', 'Moving Mo');
    const oldContact = await addContact(system, staff.token, institutionId, { email: user.email });
    await linkedTo(oldContact.id, user.id);
    const newEmail = uniqueEmail('moved');
    const newContact = await addContact(system, staff.token, institutionId, { email: newEmail });

    const change = await system.api.post(
      '/v1/me/email-change',
      { newEmail, currentPassword: user.password },
      user.token,
    );
    expect(change.status).toBe(202);
    const code = codeIn(await system.smtp.waitForMail(newEmail, /code/));
    const confirmed = await system.api.post('/v1/me/email-change/confirm', { code }, user.token);
    expect(confirmed.status).toBe(200);

    await linkedTo(oldContact.id, null);
    await linkedTo(newContact.id, user.id);
  });

  it("relinks when a contact's email is corrected", async () => {
    const user = await signUpVerified(system, 'alumni', 'Corrected Cory');
    const contact = await addContact(system, staff.token, institutionId, { email: uniqueEmail('typo') });

    const updated = await system.api.patch<ContactBody>(
      `/v1/institutions/${institutionId}/contacts/${contact.id}`,
      { email: user.email },
      staff.token,
    );

    expect(updated.body.linkedUserId ?? (await linkedTo(contact.id, user.id)).linkedUserId).toBe(user.id);
    const moved = await system.api.patch<ContactBody>(
      `/v1/institutions/${institutionId}/contacts/${contact.id}`,
      { email: uniqueEmail('elsewhere') },
      staff.token,
    );
    expect(moved.body.linkedUserId).toBeNull();
  });

  /** Publishes identity's events as identity's relay would, in order. */
  const publish = async (...envelopes: Array<{ type: string }>) => {
    const nc = await connect({ servers: system.nats.url });
    try {
      const js = nc.jetstream();
      for (const envelope of envelopes) await js.publish(envelope.type, JSON.stringify(envelope));
    } finally {
      await nc.close();
    }
  };
  const handled = (eventId: string) =>
    waitFor(`directory to handle event ${eventId}`, async () => {
      const rows = await system.db.query('select 1 from directory.inbox_event where event_id = $1', [
        eventId,
      ]);
      return rows.length > 0 ? true : undefined;
    });

  it("merges an import's people with what it knew of them already, each part from the newer event", async () => {
    const known = { userId: randomUUID(), email: uniqueEmail('known') };
    const fresh = { userId: randomUUID(), email: uniqueEmail('fresh') };
    const knownContact = await addContact(system, staff.token, institutionId, { email: known.email });
    const freshContact = await addContact(system, staff.token, institutionId, { email: fresh.email });
    const importedAt = new Date(Date.now() - 60_000).toISOString();
    const statusChanged = {
      id: randomUUID(),
      type: 'events.identity.user.updated',
      occurredAt: new Date().toISOString(),
      version: 1,
      data: { userId: known.userId, name: 'Known Person', status: 'pending_verification' },
    };
    const imported = {
      id: randomUUID(),
      type: 'events.identity.users.imported',
      occurredAt: importedAt,
      version: 1,
      data: {
        institutionId,
        created: [known, fresh].map((user) => ({
          ...user,
          name: 'Im Ported',
          userType: 'student',
          status: 'active',
        })),
        renamed: [],
        granted: [],
      },
    };

    await publish(statusChanged, imported);
    await handled(imported.id);

    const replicas = await system.db.query<{ id: string; email_key: string; status: string }>(
      'select id, email_key, status from directory.user_replica where id = any($1::uuid[]) order by email_key',
      [[known.userId, fresh.userId]],
    );
    expect(replicas).toEqual([
      { id: fresh.userId, email_key: fresh.email, status: 'active' },
      { id: known.userId, email_key: known.email, status: 'pending_verification' },
    ]);
    await linkedTo(freshContact.id, fresh.userId);
    expect((await read(knownContact.id)).body.linkedUserId).toBeNull();
  });

  it('changes nothing when a user event is delivered again or the same facts come twice', async () => {
    const user = await signUpVerified(system, 'employer', 'Twice Told');
    const contact = await addContact(system, staff.token, institutionId, { email: user.email });
    const linked = await linkedTo(contact.id, user.id);
    const replay = {
      id: randomUUID(),
      type: 'events.identity.user.created',
      occurredAt: new Date().toISOString(),
      version: 1,
      data: {
        userId: user.id,
        email: user.email,
        name: 'Twice Told',
        userType: 'employer',
        status: 'active',
      },
    };

    await publish(replay, replay);
    await handled(replay.id);

    const after = (await read(contact.id)).body;
    expect(after.linkedUserId).toBe(user.id);
    expect(after).toMatchObject({ linkedAt: (linked as ContactBody & { linkedAt: string }).linkedAt });
  });
});
