import {
  TestSystem,
  ImportsClient,
  Person,
  signUpVerified,
  STRONG_PASSWORD,
  uniqueEmail,
  institutionWithStaff,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';

/** Names that would make our own mail server carry someone else's message: a second line, a link. */
const LINK_NAMES = ['Eve\nhttp://evil.example', 'Eve\u2028Claim your prize', 'Eve www.evil.example'];

describe('names printed in mails carry no links and no line breaks', () => {
  let system: TestSystem;
  let admin: string;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'importer'] });
    ({ admin, institutionId, staff } = await institutionWithStaff(system, 'career_services_admin'));
  });

  afterAll(async () => {
    await system?.stop();
  });

  const signup = (email: string, name: string) =>
    system.api.post('/v1/auth/signup', { email, password: STRONG_PASSWORD, name, userType: 'student' });

  it.each(LINK_NAMES)('refuses a sign-up named %j with a 400 naming the name', async (name) => {
    const refused = await signup(uniqueEmail('eve'), name);

    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      errors: [
        { field: 'name', message: expect.stringMatching(/^name must be (on one line|a name, not a link)/) },
      ],
    });
  });

  it.each(['J.R.R. Tolkien', "Anne-Marie O'Neil", 'Zoë', '王秀英', 'محمد بن سلمان'])(
    'signs up %s and greets them by name',
    async (name) => {
      const email = uniqueEmail('named');

      expect((await signup(email, name)).status).toBe(202);
      const mail = await system.smtp.waitForMail(email, /Confirm your email/);
      expect(mail.text.split('\n')[0]).toBe(`Hello ${name},`);
    },
  );

  it('refuses the same names wherever a person is named: the profile, a new staff member, a contact', async () => {
    const person = await signUpVerified(system);
    const contacts = `/v1/institutions/${institutionId}/contacts`;

    const profile = await system.api.patch('/v1/me', { name: LINK_NAMES[2] }, person.token);
    const newStaff = await system.api.post(
      `/v1/institutions/${institutionId}/staff`,
      { email: uniqueEmail('staff'), name: LINK_NAMES[0], role: 'career_services_staff' },
      admin,
    );
    const contact = await system.api.post(
      contacts,
      { firstName: LINK_NAMES[1], lastName: 'https://evil.example', email: uniqueEmail('contact') },
      staff.token,
    );

    expect([profile.status, newStaff.status, contact.status]).toEqual([400, 400, 400]);
    const fields = (response: { body: Record<string, unknown> }) =>
      (response.body['errors'] as Array<{ field: string }>).map((error) => error.field);
    expect([fields(profile), fields(newStaff), fields(contact)]).toEqual([
      ['name'],
      ['name'],
      ['firstName', 'lastName'],
    ]);
  });

  it('greets neutrally a person whose stored name came from an import file with a line break and a link', async () => {
    const domain = `names-${randomUUID().slice(0, 6)}.test`;
    const imports = new ImportsClient(system, institutionId, staff.token);
    const people = [
      ['"Eve\nhttp://evil.example"', 'Smith', `eve@${domain}`, 'N1'],
      ['Claim at', 'evil.example', `claim@${domain}`, 'N2'],
      ['Eve', 'www.evil.example', `www@${domain}`, 'N3'],
    ];
    const uploaded = await imports.upload(
      'first_name,last_name,email_address,username,user_type',
      people.map((row) => [...row, 'Students'].join(',')),
      { fileType: 'Students', mode: 'manual' },
    );
    expect(await imports.run(uploaded.id)).toMatchObject({
      status: 'completed',
      run: { counts: { create: 3 } },
    });

    for (const [, , email] of people) {
      const [stored] = await system.db.query<{ name: string }>(
        'select name from identity.user_account where email_key = $1',
        [email],
      );
      // The file reached the database past the edge's rule: only the mail can keep it out.
      expect(stored.name).toContain('evil.example');

      expect((await system.api.post('/v1/auth/password-reset', { email })).status).toBe(202);
      const mail = await system.smtp.waitForMail(email, /Set your password/);
      expect(mail.text.split('\n')[0]).toBe('Hello,');
      expect(mail.html).toContain('<p>Hello,</p>');
      expect(`${mail.subject}${mail.text}${mail.html}`).not.toContain('evil');
    }
  });
});
