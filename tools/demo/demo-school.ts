import { type ApiClient, problemOf } from '@careers/api-client';
import type { CaughtMail } from '@careers/testing';
import { COMPANIES, FIRST_NAMES, LABELS, LAST_NAMES, TITLES } from './demo-names';

export const DEMO_SCHOOL = 'Northfield University';
const DEMO_PASSWORD = 'northfield demo password';
const CONCURRENCY = 8;

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The answer's body, or an error naming the step and the API's problem. */
async function ok<T>(step: string, request: Promise<Answer<T>>): Promise<T> {
  const result = await request;
  if (result.response.ok) return result.data as T;
  const problem = problemOf(result);
  throw new Error(`${step}: ${result.response.status} ${problem?.detail ?? problem?.title ?? 'failed'}`);
}

async function inBatches<T>(items: T[], work: (item: T, index: number) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += CONCURRENCY) {
    await Promise.all(items.slice(start, start + CONCURRENCY).map((item, i) => work(item, start + i)));
  }
}

export interface DemoOptions {
  /** The platform administrator's client. */
  api: ApiClient;
  /** A client without a token, for what a newcomer does themselves (sign up). */
  anonymous: ApiClient;
  /** How to read a mail the system sent, when the mail stays on this machine; without it there is no pending request. */
  waitForMail?: (to: string, subject: RegExp) => Promise<CaughtMail>;
  log: (line: string) => void;
}

/**
 * Fills a demo school through the API, as its staff would: settings, labels, company profiles, 200 contacts with
 * labels and notes, a sent bulk invite, and a student's pending request. Does nothing when the school exists.
 */
export async function seedDemoSchool({ api, anonymous, waitForMail, log }: DemoOptions): Promise<string> {
  const found = await ok(
    'searching institutions',
    api.GET('/v1/institutions', { params: { query: { q: DEMO_SCHOOL } } }),
  );
  const existing = found.items.find((institution) => institution.name === DEMO_SCHOOL);
  if (existing) {
    log(`${DEMO_SCHOOL} is already there: nothing added.`);
    return existing.id;
  }
  const school = await ok(
    'creating the school',
    api.POST('/v1/institutions', {
      body: {
        name: DEMO_SCHOOL,
        website: 'https://www.northfield.example',
        emailDomains: ['northfield.example'],
      },
    }),
  );
  const institutionId = school.id;
  const path = { institutionId };
  await ok(
    'setting the employer approval defaults',
    api.PATCH('/v1/institutions/{institutionId}/settings', {
      params: { path },
      body: {
        acceptsStudentRequests: true,
        employerApproval: { approval: 'review', permissions: ['post_jobs', 'post_events'] },
      },
    }),
  );

  const labels: { id: string }[] = [];
  for (const name of LABELS) {
    labels.push(
      await ok(
        `creating the label ${name}`,
        api.POST('/v1/institutions/{institutionId}/labels', { params: { path }, body: { name } }),
      ),
    );
  }
  const companies: { id: string }[] = [];
  for (const company of COMPANIES) {
    companies.push(
      await ok(
        `creating ${company.name}`,
        api.POST('/v1/companies', { body: { ...company, institutionId } }),
      ),
    );
  }

  const people = FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => ({ first, last })));
  const contactIds: string[] = [];
  await inBatches(people, async ({ first, last }, index) => {
    const company = companies[index % companies.length];
    const contact = await ok(
      `adding ${first} ${last}`,
      api.POST('/v1/institutions/{institutionId}/contacts', {
        params: { path },
        body: {
          firstName: first,
          lastName: last,
          email: `${first}.${last}@${COMPANIES[index % COMPANIES.length].domain}`.toLowerCase(),
          companyId: company.id,
          title: TITLES[index % TITLES.length],
          source: index % 3 === 0 ? 'career_fair' : 'manual',
          labelIds: [
            ...new Set([labels[index % labels.length].id, ...(index % 4 === 0 ? [labels[3].id] : [])]),
          ],
        },
      }),
    );
    contactIds[index] = contact.id;
    if (index % 10 === 0) {
      await ok(
        `noting ${first} ${last}`,
        api.POST('/v1/institutions/{institutionId}/contacts/{contactId}/notes', {
          params: { path: { institutionId, contactId: contact.id } },
          body: { text: `Met ${first} at the autumn career fair; interested in interns for the summer.` },
        }),
      );
    }
  });
  log(
    `Added ${people.length} contacts with ${labels.length} labels and ${companies.length} company profiles.`,
  );

  const invite = await ok(
    'drafting a bulk invite',
    api.POST('/v1/institutions/{institutionId}/bulk-invites', {
      params: { path },
      body: { contactIds: contactIds.slice(0, 12) },
    }),
  );
  await ok(
    'sending the bulk invite',
    api.POST('/v1/institutions/{institutionId}/bulk-invites/{inviteId}/send', {
      params: { path: { institutionId, inviteId: invite.id } },
    }),
  );
  log('Sent a bulk invite to 12 employer contacts.');

  if (!waitForMail) {
    log(
      'Mail goes to another server (SMTP_URL or a catcher on 1025): no student was signed up, so no pending request.',
    );
    return institutionId;
  }
  const email = 'jordan.lee@northfield.example';
  await ok(
    'signing up a student',
    anonymous.POST('/v1/auth/signup', {
      body: { email, name: 'Jordan Lee', password: DEMO_PASSWORD, userType: 'student' },
    }),
  );
  const mail = await waitForMail(email, /Confirm your email/);
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error('the verification mail has no link');
  await ok('verifying the student', anonymous.POST('/v1/auth/verify-email', { body: { token } }));
  const login = await ok(
    'signing in as the student',
    anonymous.POST('/v1/auth/login', { body: { email, password: DEMO_PASSWORD } }),
  );
  await ok(
    'asking to join',
    anonymous.POST('/v1/me/join-requests', {
      body: { institutionId },
      headers: { authorization: `Bearer ${login.accessToken}` },
    }),
  );
  log(`${email} (password "${DEMO_PASSWORD}") asked to join: a pending request waits.`);
  return institutionId;
}
