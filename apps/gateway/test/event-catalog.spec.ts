import { Events } from '@careers/contracts';
import {
  createMembership,
  createUser,
  TestSystem,
  waitFor,
  addContact,
  addLabel,
  ImportsClient,
  addStaffMember,
  codeIn,
  createInstitution,
  Person,
  signUpVerified,
  STRONG_PASSWORD,
  tokenIn,
  uniqueEmail,
} from '@careers/testing';
import type { ValidateFunction } from 'ajv';
import { messageValidators } from './support/asyncapi-messages';
import { sendInvite } from './support/invites';
import { streamedEvents, type StreamedEvent } from './support/stream-events';

const EVERY_SUBJECT: string[] = Object.values(Events);

/** Every kind of event takes a few flows through every service; each publishes a moment after it answers. */
const FLOWS_TIMEOUT_MS = 240_000;

describe('the event catalog (docs/asyncapi.yaml) against the events really published', () => {
  let system: TestSystem;
  let admin: string;
  let validators: Map<string, ValidateFunction>;

  beforeAll(async () => {
    validators = messageValidators();
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] });
    admin = await system.adminToken();
  });

  afterAll(async () => {
    await system?.stop();
  });

  const ok = async <T extends { status: number; body: unknown }>(
    what: string,
    expected: number,
    sent: Promise<T>,
  ) => {
    const response = await sent;
    if (response.status !== expected)
      throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  };

  /** An institution, its settings, its staff (one added then removed) and a pending account deleted. */
  async function institutionFlows(): Promise<{ institutionId: string; csAdmin: Person }> {
    const institutionId = await createInstitution(system, admin);
    const csAdmin = await addStaffMember(system, admin, institutionId, 'career_services_admin');
    await ok(
      'setting employer approval',
      200,
      system.api.patch(
        `/v1/institutions/${institutionId}/settings`,
        { employerApproval: { approval: 'review', permissions: ['post_jobs'] } },
        csAdmin.token,
      ),
    );
    const adviser = await addStaffMember(system, csAdmin.token, institutionId, 'career_services_staff');
    await ok(
      'removing staff',
      204,
      system.api.delete(`/v1/institutions/${institutionId}/staff/${adviser.id}`, csAdmin.token),
    );
    const pending = await createUser(system.db, { email: uniqueEmail('pending'), name: 'Pat Pending' });
    await createMembership(system.db, pending, institutionId, { status: 'pending' });
    await ok(
      'deleting a pending account',
      204,
      system.api.delete(`/v1/institutions/${institutionId}/users/${pending.id}`, csAdmin.token),
    );
    return { institutionId, csAdmin };
  }

  /** A contact's life: created, updated, archived (labelled and noted meanwhile), restored, linked to a person and unlinked by their new email. */
  async function contactFlows(institutionId: string, csAdmin: Person): Promise<void> {
    const contacts = (suffix: string) => `/v1/institutions/${institutionId}/contacts${suffix}`;
    const contact = await addContact(system, csAdmin.token, institutionId);
    await ok(
      'updating',
      200,
      system.api.patch(contacts(`/${contact.id}`), { firstName: 'Robin' }, csAdmin.token),
    );
    await ok('archiving', 200, system.api.post(contacts(`/${contact.id}/archive`), {}, csAdmin.token));
    await labelFlows(institutionId, csAdmin, contact.id);
    await ok('restoring', 200, system.api.post(contacts(`/${contact.id}/restore`), {}, csAdmin.token));

    const person = await signUpVerified(system, 'alumni', 'Lee Linked');
    const linked = await addContact(system, csAdmin.token, institutionId, { email: person.email });
    await system.lastEvent(Events.contactLinked, { contactId: linked.id });
    const newEmail = uniqueEmail('moved');
    await ok(
      'starting an email change',
      202,
      system.api.post('/v1/me/email-change', { newEmail, currentPassword: person.password }, person.token),
    );
    const code = codeIn(await system.smtp.waitForMail(newEmail, /code/));
    await ok(
      'confirming the email change',
      200,
      system.api.post('/v1/me/email-change/confirm', { code }, person.token),
    );
  }

  /** A label made, renamed, put on a contact and taken off, then deleted; a note about the contact. */
  async function labelFlows(institutionId: string, csAdmin: Person, contactId: string): Promise<void> {
    const labels = (suffix: string) => `/v1/institutions/${institutionId}/labels${suffix}`;
    const contactLabels = `/v1/institutions/${institutionId}/contacts/${contactId}/labels`;
    const labelId = await addLabel(system, csAdmin.token, institutionId, 'Catalogued');
    await ok(
      'renaming a label',
      200,
      system.api.patch(labels(`/${labelId}`), { name: 'Listed' }, csAdmin.token),
    );
    await ok('labelling', 200, system.api.post(contactLabels, { labelId }, csAdmin.token));
    await ok('unlabelling', 200, system.api.delete(`${contactLabels}/${labelId}`, csAdmin.token));
    await ok('deleting a label', 204, system.api.delete(labels(`/${labelId}`), csAdmin.token));
    await ok(
      'adding a note',
      201,
      system.api.post(
        `/v1/institutions/${institutionId}/contacts/${contactId}/notes`,
        { text: 'Catalogued.' },
        csAdmin.token,
      ),
    );
  }

  /** An employer makes a company profile (and joins its staff), then leaves it. */
  async function companyFlows(): Promise<void> {
    const employer = await signUpVerified(system, 'employer', 'Eve Employer');
    const company = await ok(
      'creating a company',
      201,
      system.api.post<{ id: string }>('/v1/companies', { name: 'Initech' }, employer.token),
    );
    await ok(
      'leaving the company',
      204,
      system.api.delete(`/v1/companies/${company.body.id}/staff/${employer.id}`, employer.token),
    );
  }

  /** A student's request approved, an alumna's declined. */
  async function joinRequestFlows(institutionId: string, csAdmin: Person): Promise<void> {
    const requests = (suffix: string) => `/v1/institutions/${institutionId}/join-requests${suffix}`;
    const ask = async (person: Person) => {
      const asked = await ok(
        'asking to join',
        201,
        system.api.post<{ id: string }>('/v1/me/join-requests', { institutionId }, person.token),
      );
      // Identity makes the pending membership from the request's event; a decision needs it.
      await waitFor('a pending membership', async () => {
        const me = await system.api.get<{ memberships: Array<{ institutionId: string; status: string }> }>(
          '/v1/me',
          person.token,
        );
        return me.body.memberships.some(
          (held) => held.institutionId === institutionId && held.status === 'pending',
        )
          ? true
          : undefined;
      });
      return asked.body.id;
    };
    const student = await signUpVerified(system, 'student', 'Stella Student');
    const alumna = await signUpVerified(system, 'alumni', 'Alma Alumna');
    await ok(
      'approving',
      200,
      system.api.post(requests(`/${await ask(student)}/approve`), {}, csAdmin.token),
    );
    await ok(
      'declining',
      200,
      system.api.post(requests(`/${await ask(alumna)}/decline`), { reason: 'Not ours' }, csAdmin.token),
    );
  }

  /** A bulk invite sent to a contact who accepts by making an account. */
  async function invitationFlows(institutionId: string, csAdmin: Person): Promise<void> {
    const contact = await addContact(system, csAdmin.token, institutionId, { email: uniqueEmail('invited') });
    await sendInvite(system, csAdmin.token, institutionId, [contact.id]);
    const token = tokenIn(await system.smtp.waitForMail(contact.email, /invites you/));
    await ok(
      'accepting the invitation',
      200,
      system.api.post(`/v1/invitations/${token}/accept`, { name: 'Nia Newcomer', password: STRONG_PASSWORD }),
    );
  }

  /** A students file run to the end: the people it writes and the run's completion. */
  async function importFlows(institutionId: string, csAdmin: Person): Promise<void> {
    const imports = new ImportsClient(system, institutionId, csAdmin.token);
    const uploaded = await imports.upload(
      'first_name,last_name,email_address,username,user_type,school_year',
      [`Ian,Imported,${uniqueEmail('imported')},S900,Students,Junior`],
      { fileType: 'Students', mode: 'manual' },
    );
    const run = await imports.run(uploaded.id);
    if (run.status !== 'completed') throw new Error(`the import run ended ${JSON.stringify(run)}`);
  }

  const subjectsIn = (events: StreamedEvent[]) => new Set(events.map((event) => event.subject));

  it(
    'publishes every kind of event in Events, each valid against its message in the document',
    async () => {
      const { institutionId, csAdmin } = await institutionFlows();
      await contactFlows(institutionId, csAdmin);
      await companyFlows();
      await joinRequestFlows(institutionId, csAdmin);
      await invitationFlows(institutionId, csAdmin);
      await importFlows(institutionId, csAdmin);

      const events = await waitFor(
        'every kind of event on the stream',
        async () => {
          const streamed = await streamedEvents(system.nats.url);
          const seen = subjectsIn(streamed);
          return EVERY_SUBJECT.every((subject) => seen.has(subject)) ? streamed : undefined;
        },
        30_000,
      ).catch(async () => streamedEvents(system.nats.url));
      const invalid = events.flatMap(({ subject, envelope }): string[] => {
        const validate = validators.get(subject);
        if (!validate) return [`${subject}: no message in the document`];
        if (validate(envelope)) return [];
        return [`${subject}: ${JSON.stringify(validate.errors)} in ${JSON.stringify(envelope)}`];
      });

      expect(EVERY_SUBJECT.filter((subject) => !subjectsIn(events).has(subject))).toEqual([]);
      expect(invalid).toEqual([]);
    },
    FLOWS_TIMEOUT_MS,
  );

  it("refuses an envelope that breaks its message's schema", async () => {
    const created = await system.lastEvent(Events.userCreated);
    const validate = validators.get(Events.userCreated);
    const data = created['data'] as Record<string, unknown>;
    const withoutEmail = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'email'));

    expect(validate?.(created)).toBe(true);
    expect(validate?.({ ...created, data: withoutEmail })).toBe(false);
    expect(validate?.({ ...created, data: { ...data, email: 42 } })).toBe(false);
    expect(validate?.({ ...created, type: Events.userUpdated })).toBe(false);
    expect(validate?.({ ...created, version: 2 })).toBe(false);
    expect(validate?.({ ...created, occurredAt: 'yesterday' })).toBe(false);
  });
});
