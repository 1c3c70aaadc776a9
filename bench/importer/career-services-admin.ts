import { createInstitution } from '../../apps/gateway/test/support/people';
import type { TestSystem } from '@careers/testing';

const PASSWORD = 'correct horse battery staple';

/**
 * A fresh institution and a career services admin of it, logged in: imports need `imports:manage`. The same steps
 * as apps/gateway/test/support/people.ts (bench code does not import the apps' tests): add the staff member, set
 * the password from the mail, log in.
 */
export async function institutionWithAdmin(
  system: TestSystem,
): Promise<{ institutionId: string; token: string }> {
  const admin = await system.adminToken();
  const institutionId = await createInstitution(system, admin, 'Bench University');
  const email = 'careers-admin@bench.test';
  const added = await system.api.post(
    `/v1/institutions/${institutionId}/staff`,
    { email, name: 'Casey Careers', role: 'career_services_admin' },
    admin,
  );
  if (added.status !== 201) throw new Error(`adding the staff member: ${JSON.stringify(added.body)}`);
  const mail = await system.smtp.waitForMail(email, /career services/);
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no link token in the mail "${mail.subject}"`);
  const set = await system.api.post('/v1/auth/password-reset/confirm', {
    token: decodeURIComponent(token),
    password: PASSWORD,
  });
  if (set.status !== 200) throw new Error(`setting the password: ${JSON.stringify(set.body)}`);
  return { institutionId, token: await system.api.login(email, PASSWORD) };
}
