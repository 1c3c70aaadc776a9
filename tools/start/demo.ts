import { createApiClient } from '@careers/api-client';
import { seedDemoSchool, DEMO_SCHOOL } from '../demo/demo-school';
import type { AdminCredentials } from './admin-credentials';
import type { DevMail } from './dev-mail';

/** `npm start -- --demo`: the demo school, filled through the API as the administrator once everything is up. */
export async function fillDemoSchool(
  gatewayUrl: string,
  admin: AdminCredentials,
  mail: DevMail,
  log: (line: string) => void,
): Promise<void> {
  const anonymous = createApiClient({ baseUrl: gatewayUrl });
  const login = await anonymous.POST('/v1/auth/login', {
    body: { email: admin.email, password: admin.password },
  });
  if (!login.data)
    throw new Error(`The demo could not sign in as ${admin.email} (${login.response.status}).`);
  log(`Filling the demo school ${DEMO_SCHOOL} ...`);
  const catcher = mail.catcher;
  await seedDemoSchool({
    api: createApiClient({ baseUrl: gatewayUrl, token: login.data.accessToken }),
    anonymous,
    waitForMail: catcher ? (to, subject) => catcher.waitForMail(to, subject) : undefined,
    log,
  });
  log(`Sign in at ${gatewayUrl}/ as ${admin.email} and open ${DEMO_SCHOOL} in Institutions.`);
}
