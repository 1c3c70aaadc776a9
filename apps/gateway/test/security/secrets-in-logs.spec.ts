import {
  APP_NAMES,
  createMembership,
  createUser,
  TEST_ADMIN,
  TestSystem,
  addContact,
  addStaffMember,
  codeIn,
  createInstitution,
  Person,
  signUpVerified,
  tokenIn,
  uniqueEmail,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sendInvite } from '../support/invites';
import { mailedSecrets, Secret, secretsInLogs } from './support/logged-secrets';

describe('secrets in the logs', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;
  /** The passwords and access tokens of the flows; the mailed link tokens and codes are read from the mails. */
  const typed: Secret[] = [{ what: 'the bootstrap administrator password', value: TEST_ADMIN.password }];
  const keep = (what: string, value: string): string => {
    typed.push({ what, value });
    return value;
  };
  /** A password no log line could hold by chance. */
  const newPassword = (what: string) => keep(what, `pass ${randomUUID()}`);
  const logIn = async (email: string, password: string) =>
    keep(`the access token of ${email}`, await system.api.login(email, password));

  beforeAll(async () => {
    system = await TestSystem.start({ apps: [...APP_NAMES], env: { LOG_LEVEL: 'debug' } });
    const admin = keep('the administrator access token', await system.adminToken());
    institutionId = await createInstitution(system, admin);
    // Staff are added with a set-password link.
    staff = await addStaffMember(system, admin, institutionId, 'career_services_admin');
    keep('a staff member password', staff.password);
    keep('a staff member access token', staff.token);
  });

  afterAll(async () => {
    await system?.stop();
  });

  async function signUpAndLogInWrongly(): Promise<Person> {
    const person = await signUpVerified(system, 'student', 'Logan Quiet');
    keep('a password chosen at sign-up', person.password);
    keep('an access token', person.token);
    const wrong = await system.api.post('/v1/auth/login', {
      email: person.email,
      password: newPassword('a wrong password'),
    });
    expect(wrong.status).toBe(401);
    return person;
  }

  /** The link's token is first sent in the query string, as a front end might by mistake: a 400. */
  async function resetPassword(person: Person): Promise<Person> {
    await system.api.post('/v1/auth/password-reset', { email: person.email });
    const token = tokenIn(await system.smtp.waitForMail(person.email, /new password/));
    const password = newPassword('a password chosen by a reset');
    const misplaced = await system.api.post(`/v1/auth/password-reset/confirm?token=${token}`, { password });
    const confirmed = await system.api.post('/v1/auth/password-reset/confirm', { token, password });
    expect([misplaced.status, confirmed.status]).toEqual([400, 200]);
    return { ...person, password, token: await logIn(person.email, password) };
  }

  async function changeOwnEmail(person: Person): Promise<void> {
    const newEmail = uniqueEmail('moved');
    const started = await system.api.post(
      '/v1/me/email-change',
      { newEmail, currentPassword: person.password },
      person.token,
    );
    const code = codeIn(await system.smtp.waitForMail(newEmail, /code/));
    const confirmed = await system.api.post('/v1/me/email-change/confirm', { code }, person.token);
    expect([started.status, confirmed.status]).toEqual([202, 200]);
  }

  async function changeEmailByStaff(): Promise<void> {
    const student = await createUser(system.db, { userType: 'student' });
    await createMembership(system.db, student, institutionId);
    const newEmail = uniqueEmail('edu');
    const changed = await system.api.patch(
      `/v1/institutions/${institutionId}/users/${student.id}`,
      { email: newEmail, excludedFromSyncs: true },
      staff.token,
    );
    const link = await system.smtp.waitForMail(newEmail, /Confirm your new email/);
    const confirmed = await system.api.post('/v1/auth/email-change/confirm', { token: tokenIn(link) });
    expect([changed.status, confirmed.status]).toEqual([200, 200]);
  }

  /** The token is in the path; accepting twice fails with a problem that names the path it was asked on. */
  async function acceptInvitation(): Promise<void> {
    await system.api.patch(
      `/v1/institutions/${institutionId}/settings`,
      { employerApproval: { approval: 'automatic', permissions: ['post_jobs'] } },
      staff.token,
    );
    const contact = await addContact(system, staff.token, institutionId, { email: uniqueEmail('employer') });
    await sendInvite(system, staff.token, institutionId, [contact.id]);
    const token = tokenIn(await system.smtp.waitForMail(contact.email, /invites you/));
    const body = { name: 'Ira Invited', password: newPassword('a password chosen on an invitation') };

    const shown = await system.api.get(`/v1/invitations/${token}`);
    const accepted = await system.api.post(`/v1/invitations/${token}/accept`, body);
    const again = await system.api.post(`/v1/invitations/${token}/accept`, body);

    expect([shown.status, accepted.status, again.status]).toEqual([200, 200, 410]);
    expect(again.body['instance']).toContain(token);
    await logIn(contact.email, body.password);
  }

  it('writes no password, link token, code or access token of the main flows to any app log', async () => {
    const person = await resetPassword(await signUpAndLogInWrongly());
    await changeOwnEmail(person);
    await changeEmailByStaff();
    await acceptInvitation();

    const secrets = [...typed, ...mailedSecrets(system.smtp.messages)];
    const apps = [...system.apps.values()];
    // Stopped, each app has written its last line.
    for (const app of apps) await app.stop();

    expect(secretsInLogs(apps, secrets)).toEqual([]);
    // The requests are in the log, without their secrets.
    expect(readFileSync(system.app('gateway').logFile, 'utf8')).toContain(
      '"url":"/v1/invitations/[redacted]/accept"',
    );
  });
});
