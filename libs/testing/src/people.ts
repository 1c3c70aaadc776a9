import { CaughtMail } from './smtp-catcher';
import { TestSystem } from './test-system';
import { randomInt, randomUUID } from 'node:crypto';

export const STRONG_PASSWORD = 'correct horse battery staple';

/**
 * An address no other test uses, its unique part digits only: hex (as a uuid's) can spell a word a test searches for
 * ("ada" in `staff-3ada91fe`), and the person then shows up in that search.
 */
export function uniqueEmail(label = 'person'): string {
  const digits = String(randomInt(2 ** 47)).padStart(15, '0');
  return `${label}-${digits}@example.test`;
}

/** The tokens of the links in a mail (`...?token=<token>`), in order. */
export function linkTokensIn(mail: CaughtMail): string[] {
  return [...mail.text.matchAll(/[?&]token=([A-Za-z0-9_-]+)/g)].map((match) => decodeURIComponent(match[1]));
}

/** The token of the link in a mail. */
export function tokenIn(mail: CaughtMail): string {
  const [token] = linkTokensIn(mail);
  if (!token) throw new Error(`No link token in the mail "${mail.subject}": ${mail.text}`);
  return token;
}

/** The six-digit code in a mail. */
export function codeIn(mail: CaughtMail): string {
  const match = /\b(\d{6})\b/.exec(mail.text);
  if (!match) throw new Error(`No code in the mail "${mail.subject}"`);
  return match[1];
}

export async function createInstitution(
  system: TestSystem,
  adminToken: string,
  name = `Institute ${randomUUID().slice(0, 8)}`,
): Promise<string> {
  const response = await system.api.post('/v1/institutions', { name }, adminToken);
  if (response.status !== 201) throw new Error(`creating ${name} failed: ${JSON.stringify(response.body)}`);
  return response.body['id'] as string;
}

export interface Person {
  id: string;
  email: string;
  password: string;
  token: string;
}

/** Signs up, follows the verification link and logs in. */
export async function signUpVerified(
  system: TestSystem,
  userType: 'student' | 'alumni' | 'employer' = 'student',
  name = 'Sam Student',
  email = uniqueEmail(userType),
): Promise<Person> {
  const signup = await system.api.post('/v1/auth/signup', {
    email,
    password: STRONG_PASSWORD,
    name,
    userType,
  });
  if (signup.status !== 202) throw new Error(`sign-up failed: ${JSON.stringify(signup.body)}`);
  const mail = await system.smtp.waitForMail(email, /Confirm your email/);
  const verified = await system.api.post('/v1/auth/verify-email', { token: tokenIn(mail) });
  if (verified.status !== 200) throw new Error(`verification failed: ${JSON.stringify(verified.body)}`);
  const token = await system.api.login(email, STRONG_PASSWORD);
  return { id: verified.body['id'] as string, email, password: STRONG_PASSWORD, token };
}

/** Adds a career services member through the API, has them set their password from the mail, and logs them in. */
export async function addStaffMember(
  system: TestSystem,
  byToken: string,
  institutionId: string,
  role: 'career_services_admin' | 'career_services_staff',
  name = 'Casey Careers',
): Promise<Person> {
  const email = uniqueEmail('staff');
  const added = await system.api.post(
    `/v1/institutions/${institutionId}/staff`,
    { email, name, role },
    byToken,
  );
  if (added.status !== 201) throw new Error(`adding staff failed: ${JSON.stringify(added.body)}`);
  const mail = await system.smtp.waitForMail(email, /career services/);
  const set = await system.api.post('/v1/auth/password-reset/confirm', {
    token: tokenIn(mail),
    password: STRONG_PASSWORD,
  });
  if (set.status !== 200) throw new Error(`setting the password failed: ${JSON.stringify(set.body)}`);
  const token = await system.api.login(email, STRONG_PASSWORD);
  return { id: added.body['userId'] as string, email, password: STRONG_PASSWORD, token };
}

/** A new institution with a career services member in it, logged in, and the platform administrator who made it. */
export interface StaffedInstitution {
  /** The platform administrator's token. */
  admin: string;
  institutionId: string;
  staff: Person;
}

/** Creates an institution as the platform administrator and adds a career services member to it, logged in. */
export async function institutionWithStaff(
  system: TestSystem,
  role: 'career_services_admin' | 'career_services_staff',
  names: { institution?: string; staff?: string } = {},
): Promise<StaffedInstitution> {
  const admin = await system.adminToken();
  const institutionId = await createInstitution(system, admin, names.institution);
  const staff = await addStaffMember(system, admin, institutionId, role, names.staff);
  return { admin, institutionId, staff };
}
