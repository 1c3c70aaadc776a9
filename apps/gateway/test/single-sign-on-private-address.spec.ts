import { institutionWithStaff, OpenIdProviderProcess, TestSystem } from '@careers/testing';

const CLIENT = {
  clientId: 'careers-web',
  clientSecret: 'a-client-secret-nobody-may-read',
  redirectUri: 'http://web.test/sign-in/single-sign-on',
};

/**
 * An issuer an administrator types is fetched by identity itself: unless the deployment allows private addresses, a
 * provider on this host (or a private network, or a cloud's metadata address) is never reached.
 */
describe('single sign-on with a provider at a private address', () => {
  let system: TestSystem;
  let provider: OpenIdProviderProcess;

  beforeAll(async () => {
    system = await TestSystem.start({
      apps: ['gateway', 'identity', 'directory'],
      env: { SINGLE_SIGN_ON_ALLOW_HTTP: 'true' },
    });
    provider = await OpenIdProviderProcess.start(CLIENT);
  }, 120_000);

  afterAll(async () => {
    await provider?.stop();
    await system?.stop();
  });

  it('refuses to reach it: starting a sign-in is a 502 and gives no authorization URL', async () => {
    const school = await institutionWithStaff(system, 'career_services_admin');
    const configured = await system.api.request(
      'PUT',
      `/v1/institutions/${school.institutionId}/single-sign-on`,
      {
        token: school.staff.token,
        body: {
          issuer: provider.issuer,
          clientId: CLIENT.clientId,
          clientSecret: CLIENT.clientSecret,
          identifierClaim: 'sub',
          enabled: true,
        },
      },
    );
    expect(configured.status).toBe(200);

    const started = await system.api.post(`/v1/auth/single-sign-on/${school.institutionId}/start`, {});

    expect(started.status).toBe(502);
    expect(started.body).toMatchObject({ type: 'urn:careers:problem:single-sign-on-provider-failed' });
    expect(started.body).not.toHaveProperty('authorizationUrl');
  });
});
