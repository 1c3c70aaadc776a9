import { ImportsClient, institutionWithStaff, OpenIdProviderProcess } from '@careers/testing';
import { expectAccessible } from './support/accessibility';
import { signIn } from './support/sign-in';
import { useWebTest } from './support/web-test';

const CLIENT = { clientId: 'careers-web', clientSecret: 'a-client-secret-for-the-browser-test' };

/**
 * Issue 25, points 1 and 4: an administrator sets the school's OpenID provider on the settings page; a student the
 * school's file loaded then signs in with "Sign in with <school>" at a real provider (oidc-provider) and lands signed
 * in, as after a password sign-in.
 */
describe('signing in with the school’s own provider', () => {
  const web = useWebTest({
    SINGLE_SIGN_ON_ALLOW_HTTP: 'true',
    SINGLE_SIGN_ON_ALLOW_PRIVATE_ADDRESSES: 'true',
  });
  let provider: OpenIdProviderProcess;

  beforeAll(async () => {
    provider = await OpenIdProviderProcess.start({
      ...CLIENT,
      redirectUri: `${web.baseUrl}/sign-in/single-sign-on`,
    });
  });

  afterAll(async () => {
    await provider?.stop();
  });

  it('is configured by the administrator and signs in a loaded student', async () => {
    const school = await institutionWithStaff(web.system, 'career_services_admin', {
      institution: 'Bayside University',
    });
    await web.system.api.patch(
      `/v1/institutions/${school.institutionId}/settings`,
      { usesSingleSignOn: true },
      school.staff.token,
    );
    const imports = new ImportsClient(web.system, school.institutionId, school.staff.token);
    const uploaded = await imports.upload(
      'first_name,last_name,email_address,username,user_type,auth_identifier',
      ['Sol,Student,sol@bayside.test,B1,Students,sol'],
      { fileType: 'Students', mode: 'manual' },
    );
    await imports.run(uploaded.id);

    const admin = await web.open('/login');
    await signIn(admin, school.staff.email, school.staff.password);
    await admin.goto(`/schools/${school.institutionId}/settings`);
    await admin.getByText(`${web.baseUrl}/sign-in/single-sign-on`).waitFor();
    await admin.getByRole('textbox', { name: 'Issuer URL' }).fill(provider.issuer);
    await admin.getByRole('textbox', { name: 'Client ID' }).fill(CLIENT.clientId);
    await admin.getByLabel('Client secret').fill(CLIENT.clientSecret);
    await admin.getByLabel('People may sign in with the school’s provider').check();
    await expectAccessible(admin);
    await admin.getByRole('button', { name: 'Save single sign-on' }).click();
    await admin.getByText('The single sign-on provider is saved.').waitFor();
    await admin.getByText(/A secret is stored/).waitFor();

    await provider.misbehave({ name: 'normal', login: 'sol' });
    const student = await web.open('/login');
    await expectAccessible(student);
    await student.getByRole('button', { name: 'Sign in with Bayside University' }).click();
    // Through the provider and back to the web app's page that finishes the sign-in, then on, signed in.
    await student.waitForURL(
      (url) =>
        url.origin === new URL(web.baseUrl).origin &&
        !['/login', '/sign-in/single-sign-on'].includes(url.pathname),
    );
    await student.getByRole('button', { name: 'Sol Student' }).waitFor();
    await expectAccessible(student);
  });
});
