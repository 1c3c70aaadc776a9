import {
  ApiResponse,
  TestSystem,
  waitFor,
  addContact,
  addLabel,
  Person,
  signUpVerified,
  STRONG_PASSWORD,
  tokenIn,
  uniqueEmail,
  institutionWithStaff,
} from '@careers/testing';
import { sendInvite } from '../support/invites';
import { answeredWith, ROUNDS, statusesOf, together } from '../support/together';

/** The one success among the answers, and every other answer a 409 of this problem type, naming what is taken. */
function expectOneWinner(answers: ApiResponse[], success: number, conflictType: string): void {
  expect(statusesOf(answers)).toEqual([success, ...Array<number>(answers.length - 1).fill(409)]);
  for (const conflict of answeredWith(answers, 409)) {
    expect(conflict.headers.get('content-type')).toContain('application/problem+json');
    expect(conflict.body).toMatchObject({
      type: `urn:careers:problem:${conflictType}`,
      status: 409,
      detail: expect.any(String),
    });
  }
}

describe('duplicates sent at the same moment: one is made, the others are a 409 naming the conflict', () => {
  let system: TestSystem;
  let platformAdmin: string;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding'] });
    ({
      admin: platformAdmin,
      institutionId,
      staff,
    } = await institutionWithStaff(system, 'career_services_admin'));
  });

  afterAll(async () => {
    await system?.stop();
  });

  const institution = (path: string) => `/v1/institutions/${institutionId}${path}`;
  const joinCompany = (employer: Person, companyId: string) =>
    system.api.post(`/v1/companies/${companyId}/staff`, {}, employer.token);
  const createOwnCompany = (employer: Person, name: string) =>
    system.api.post('/v1/companies', { name }, employer.token);
  const companyStaffRows = async (userId: string) =>
    (await system.db.query('select company_id from directory.company_staff where user_id = $1', [userId]))
      .length;

  async function companyByAdmin(): Promise<string> {
    const created = await system.api.post(
      '/v1/companies',
      { name: `Firm ${uniqueEmail('x')}` },
      platformAdmin,
    );
    if (created.status !== 201) throw new Error(`creating a company failed: ${JSON.stringify(created.body)}`);
    return created.body['id'] as string;
  }

  describe('labels', () => {
    it('makes one label of a name sent five times at once', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const name = `Career fair ${round}`;

        const answers = await together(5, (index) =>
          system.api.post(
            institution('/labels'),
            { name: index % 2 ? name.toUpperCase() : name },
            staff.token,
          ),
        );

        expectOneWinner(answers, 201, 'label-name-taken');
        const labels = await system.api.get<{ items: Array<{ name: string }> }>(
          institution('/labels'),
          staff.token,
        );
        expect(
          labels.body.items.filter((label) => label.name.toLowerCase() === name.toLowerCase()),
        ).toHaveLength(1);
      }
    });

    it('renames one of two labels to a name both are given at once', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const ids = [
          await addLabel(system, staff.token, institutionId, `Spring ${round}`),
          await addLabel(system, staff.token, institutionId, `Autumn ${round}`),
        ];

        const answers = await together(2, (index) =>
          system.api.patch(institution(`/labels/${ids[index]}`), { name: `Alumni ${round}` }, staff.token),
        );

        expectOneWinner(answers, 200, 'label-name-taken');
      }
    });
  });

  describe('companies', () => {
    it('gives a domain sent five times at once to one company', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const domain = `firm-${round}-${Date.now()}.example`;

        const answers = await together(5, (index) =>
          system.api.post('/v1/companies', { name: `Firm ${index}`, domain }, platformAdmin),
        );

        expectOneWinner(answers, 201, 'company-domain-taken');
        const found = await system.api.get<{ items: unknown[] }>(
          `/v1/companies?domain=${domain}`,
          platformAdmin,
        );
        expect(found.body.items).toHaveLength(1);
      }
    });

    it('puts an employer creating three companies at once on the staff of one', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const employer = await signUpVerified(system, 'employer');

        const answers = await together(3, (index) =>
          createOwnCompany(employer, `Own firm ${round}.${index}`),
        );

        expectOneWinner(answers, 201, 'already-on-company-staff');
        expect(await companyStaffRows(employer.id)).toBe(1);
      }
    });

    it('puts an employer joining two companies at once, or creating one while joining another, on one staff', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const [first, second] = [await companyByAdmin(), await companyByAdmin()];
        const joiner = await signUpVerified(system, 'employer');
        const founder = await signUpVerified(system, 'employer');

        const joins = await together(2, (index) => joinCompany(joiner, index ? second : first));
        const mixed = await together(2, (index) =>
          index ? joinCompany(founder, first) : createOwnCompany(founder, `Founded ${round}`),
        );

        expectOneWinner(joins, 201, 'already-on-company-staff');
        expectOneWinner(mixed, 201, 'already-on-company-staff');
        expect(await companyStaffRows(joiner.id)).toBe(1);
        expect(await companyStaffRows(founder.id)).toBe(1);
      }
    });

    it('lets an employer join a company three times at once, as joining again changes nothing', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const companyId = await companyByAdmin();
        const employer = await signUpVerified(system, 'employer');

        const answers = await together(3, () => joinCompany(employer, companyId));

        expect(statusesOf(answers)).toEqual([201, 201, 201]);
        expect(new Set(answers.map((answer) => answer.body['joinedAt'])).size).toBe(1);
        expect(await companyStaffRows(employer.id)).toBe(1);
      }
    });
  });

  describe('staff', () => {
    it('adds a person sent three times at once to the staff once', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const email = uniqueEmail('twice');

        const answers = await together(3, () =>
          system.api.post(
            institution('/staff'),
            { email, name: 'Tess Twice', role: 'career_services_staff' },
            staff.token,
          ),
        );

        expectOneWinner(answers, 201, 'already-staff');
        const listed = await system.api.get<{ items: Array<{ email: string }> }>(
          institution('/staff'),
          staff.token,
        );
        expect(listed.body.items.filter((member) => member.email === email)).toHaveLength(1);
      }
    });
  });

  describe('invitations', () => {
    beforeAll(async () => {
      const settings = await system.api.patch(
        institution('/settings'),
        { employerApproval: { approval: 'review', permissions: ['post_jobs'] } },
        staff.token,
      );
      expect(settings.status).toBe(200);
    });

    /** Invites a contact with this email and returns the token of the link the invitation mail carries. */
    async function invitationLink(email: string): Promise<string> {
      const contact = await addContact(system, staff.token, institutionId, { email });
      await sendInvite(system, staff.token, institutionId, [contact.id]);
      const mail = await waitFor('the invitation mail', async () =>
        system.smtp.to(email).find((candidate) => !/Confirm your email/.test(candidate.subject)),
      );
      return tokenIn(mail);
    }

    /** Every answer but one is the 410 a used invitation gets, as when the link is followed again later. */
    function expectAcceptedOnce(answers: ApiResponse[]): void {
      expect(statusesOf(answers)).toEqual([200, ...Array<number>(answers.length - 1).fill(410)]);
      for (const refused of answeredWith(answers, 410))
        expect(refused.body).toMatchObject({ type: 'urn:careers:problem:invitation-used' });
    }

    it('makes one account when a newcomer accepts an invitation three times at once', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const email = uniqueEmail('newcomer');
        const token = await invitationLink(email);

        const answers = await together(3, () =>
          system.api.post(`/v1/invitations/${token}/accept`, {
            name: 'Nia Newcomer',
            password: STRONG_PASSWORD,
          }),
        );

        expectAcceptedOnce(answers);
        expect(await system.api.login(email, STRONG_PASSWORD)).toEqual(expect.any(String));
      }
    });

    it('makes one join request when an account accepts its invitation three times at once', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const employer = await signUpVerified(system, 'employer');
        const token = await invitationLink(employer.email);

        const answers = await together(3, () =>
          system.api.post(`/v1/invitations/${token}/accept`, {}, employer.token),
        );

        expectAcceptedOnce(answers);
        const mine = await system.api.get<{ items: Array<{ institutionId: string }> }>(
          '/v1/me/join-requests',
          employer.token,
        );
        expect(mine.body.items.filter((request) => request.institutionId === institutionId)).toHaveLength(1);
      }
    });
  });
});
