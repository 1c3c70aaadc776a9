import {
  addMember,
  createMembership,
  ImportsClient,
  institutionWithStaff,
  OpenIdProviderProcess,
  ProviderMode,
  StaffedInstitution,
  TestSystem,
} from '@careers/testing';
import { readFileSync } from 'node:fs';

const REDIRECT_URI = 'http://web.test/sign-in/single-sign-on';
const CLIENT = {
  clientId: 'careers-web',
  clientSecret: 'a-client-secret-nobody-may-read',
  redirectUri: REDIRECT_URI,
};
const HEADER = 'first_name,last_name,email_address,username,user_type,school_year,auth_identifier';
const problem = (code: string) => `urn:careers:problem:${code}`;

interface StartReply {
  authorizationUrl: string;
  binding: string;
}

/**
 * Issue 25, point 1: a school signs its people in with its own OpenID provider, here a real one (oidc-provider) in a
 * process of its own, walked through without a browser. The person a file loaded with an `auth_identifier` signs in
 * when the provider vouches for it; everything else is a clear refusal and no session.
 */
describe('single sign-on with a school’s OpenID provider', () => {
  let system: TestSystem;
  let provider: OpenIdProviderProcess;
  let school: StaffedInstitution;
  let settingsPath: string;

  beforeAll(async () => {
    system = await TestSystem.start({
      apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'],
      env: {
        SINGLE_SIGN_ON_ALLOW_HTTP: 'true',
        SINGLE_SIGN_ON_ALLOW_PRIVATE_ADDRESSES: 'true',
        SINGLE_SIGN_ON_TIMEOUT_MS: '1000',
      },
    });
    provider = await OpenIdProviderProcess.start(CLIENT);
    school = await institutionWithStaff(system, 'career_services_admin', {
      institution: 'Harbor University',
    });
    settingsPath = `/v1/institutions/${school.institutionId}/single-sign-on`;
    await system.api.patch(
      `/v1/institutions/${school.institutionId}/settings`,
      { usesSingleSignOn: true },
      school.staff.token,
    );
    const imports = new ImportsClient(system, school.institutionId, school.staff.token);
    const uploaded = await imports.upload(
      HEADER,
      [
        'Ada,Lovelace,ada@harbor.test,S1,Students,Junior,ada',
        'Dee,Claim,dee@harbor.test,S2,Students,Senior,dee.username',
      ],
      { fileType: 'Students', mode: 'manual' },
    );
    const done = await imports.run(uploaded.id);
    if (done.status !== 'completed') throw new Error(`the import did not complete: ${JSON.stringify(done)}`);
    const configured = await configure({ clientSecret: CLIENT.clientSecret });
    if (configured.status !== 200) throw new Error(`configuring failed: ${JSON.stringify(configured.body)}`);
  }, 120_000);

  afterEach(async () => {
    await provider.misbehave({ name: 'normal' });
  });

  afterAll(async () => {
    await provider?.stop();
    await system?.stop();
  });

  const configure = (changes: Record<string, unknown> = {}, token = school.staff.token) =>
    system.api.request('PUT', settingsPath, {
      token,
      body: {
        issuer: provider.issuer,
        clientId: CLIENT.clientId,
        identifierClaim: 'sub',
        enabled: true,
        ...changes,
      },
    });
  const start = (institutionId = school.institutionId) =>
    system.api.post<StartReply>(`/v1/auth/single-sign-on/${institutionId}/start`, {});
  const callback = (query: string, binding: string) =>
    system.api.post('/v1/auth/single-sign-on/callback', { authorizationResponse: query, binding });

  /** Starts, signs in at the provider as `login`, and answers what the web app would hand back. */
  async function atProvider(login: string): Promise<{ query: string; binding: string }> {
    const started = await start();
    expect(started.status).toBe(200);
    const query = await provider.signIn(started.body.authorizationUrl, login, REDIRECT_URI);
    return { query, binding: started.body.binding };
  }

  it('signs in a person the school’s file loaded, with the access token a password login gives', async () => {
    const { query, binding } = await atProvider('ada');

    const signedIn = await callback(query, binding);

    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ tokenType: 'Bearer', expiresIn: expect.any(Number) });
    const me = await system.api.get('/v1/me', signedIn.body['accessToken'] as string);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email: 'ada@harbor.test',
      memberships: [{ institutionId: school.institutionId, authIdentifier: 'ada' }],
    });
  });

  it('sends the browser to the provider with PKCE, state and nonce, back to the web app', async () => {
    const started = await start();
    const url = new URL(started.body.authorizationUrl);

    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: CLIENT.clientId,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      code_challenge_method: 'S256',
      code_challenge: expect.any(String),
      state: expect.any(String),
      nonce: expect.any(String),
    });
    expect(started.body.binding).toMatch(/^[\w-]{43}$/);
  });

  it('lists the school for the sign-in page, and never answers the client secret nor logs it, a code or a binding', async () => {
    const schools = await system.api.get('/v1/auth/single-sign-on');
    const settings = await system.api.get(settingsPath, school.staff.token);
    const keptSecret = await configure();

    expect(schools.status).toBe(200);
    expect(schools.body['items']).toContainEqual({
      institutionId: school.institutionId,
      name: 'Harbor University',
    });
    expect(settings.body).toEqual({
      institutionId: school.institutionId,
      configured: true,
      issuer: provider.issuer,
      clientId: CLIENT.clientId,
      clientSecretSet: true,
      identifierClaim: 'sub',
      enabled: true,
      redirectUri: REDIRECT_URI,
      updatedAt: expect.any(String),
    });
    expect(keptSecret.status).toBe(200);
    expect(JSON.stringify([settings.body, keptSecret.body])).not.toContain(CLIENT.clientSecret);
    // The secret left out was kept: the provider still takes the client.
    const { query, binding } = await atProvider('ada');
    expect((await callback(query, binding)).status).toBe(200);
    const code = new URLSearchParams(query).get('code') ?? '';
    expect(code).not.toBe('');
    for (const app of ['identity', 'gateway'] as const) {
      const log = readFileSync(system.app(app).logFile, 'utf8');
      for (const secret of [CLIENT.clientSecret, code, binding]) expect(log).not.toContain(secret);
    }
  });

  it('refuses an identifier no member of the school has', async () => {
    const { query, binding } = await atProvider('stranger');

    const refused = await callback(query, binding);

    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ type: problem('single-sign-on-unknown-person') });
    expect(refused.body).not.toHaveProperty('accessToken');
  });

  it('reads the identifier from the claim the school configured', async () => {
    expect((await configure({ identifierClaim: 'preferred_username' })).status).toBe(200);
    try {
      const dee = await atProvider('dee');
      const ada = await atProvider('ada');

      expect((await callback(dee.query, dee.binding)).status).toBe(200);
      expect((await callback(ada.query, ada.binding)).status).toBe(403);
    } finally {
      await configure();
    }
  });

  it('refuses a replayed callback, another tab’s binding and a wrong state', async () => {
    const first = await atProvider('ada');
    expect((await callback(first.query, first.binding)).status).toBe(200);
    const replayed = await callback(first.query, first.binding);

    const second = await atProvider('ada');
    const otherTab = await callback(second.query, (await start()).body.binding);
    const third = await atProvider('ada');
    const wrongState = await callback(third.query.replace(/state=[^&]+/, 'state=forged'), third.binding);

    for (const refused of [replayed, otherTab, wrongState]) {
      expect(refused.status).toBe(401);
      expect(refused.body).toMatchObject({ type: problem('single-sign-on-attempt-invalid') });
    }
    // Only the tab holding the binding spends the attempt: another's try left it for its own tab.
    expect((await callback(second.query, second.binding)).status).toBe(200);
  });

  it('never signs in an account the school does not manage alone, nor one of two members sharing an identifier', async () => {
    const otherSchool = await institutionWithStaff(system, 'career_services_admin');
    const member = async (login: string, status: 'active' | 'pending' = 'active') => {
      const person = await addMember(system, school.institutionId, {
        email: `${login}@harbor.test`,
        name: login,
        username: login,
        userType: 'student',
        status,
      });
      await system.db.query(
        'update identity.membership set auth_identifier = $1 where user_id = $2 and institution_id = $3',
        [login.replace(/\d$/, ''), person.id, school.institutionId],
      );
      return person;
    };
    await member('asked', 'pending');
    const shared = await member('shared');
    await createMembership(
      system.db,
      { id: shared.id, email: 'shared@harbor.test' },
      otherSchool.institutionId,
    );
    const attached = await member('attached');
    await system.db.query('update identity.membership set login_entrusted = false where user_id = $1', [
      attached.id,
    ]);
    await member('twin1');
    await member('twin2');

    for (const login of ['asked', 'shared', 'attached', 'twin']) {
      const { query, binding } = await atProvider(login);
      const refused = await callback(query, binding);
      expect({ login, status: refused.status, type: refused.body['type'] }).toEqual({
        login,
        status: 403,
        type: problem('single-sign-on-unknown-person'),
      });
    }
  });

  it('answers one of two callbacks sent together with a session, the other with a refusal', async () => {
    const { query, binding } = await atProvider('ada');

    const answers = await Promise.all([callback(query, binding), callback(query, binding)]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
  });

  it.each<ProviderMode['name']>([
    'wrong-nonce',
    'wrong-issuer',
    'wrong-audience',
    'expired',
    'wrong-signature',
  ])('refuses an ID token with %s', async (forgery) => {
    const { query, binding } = await atProvider('ada');
    await provider.misbehave({ name: forgery } as ProviderMode);

    const refused = await callback(query, binding);

    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ type: problem('single-sign-on-rejected') });
  });

  it('refuses the provider’s error answer (the person cancelled there)', async () => {
    const started = await start();
    const state = new URL(started.body.authorizationUrl).searchParams.get('state');

    const refused = await callback(
      `?error=access_denied&state=${state}&iss=${provider.issuer}`,
      started.body.binding,
    );

    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ type: problem('single-sign-on-rejected') });
  });

  it('tells a slow provider (504) from a failing one (502), at the start and at the callback', async () => {
    await provider.misbehave({ name: 'slow', delayMs: 2500 });
    const slowStart = await start();
    await provider.misbehave({ name: 'failing' });
    const failingStart = await start();
    await provider.misbehave({ name: 'normal' });
    const { query, binding } = await atProvider('ada');
    await provider.misbehave({ name: 'slow', delayMs: 2500 });
    const slowCallback = await callback(query, binding);

    expect([slowStart.status, failingStart.status, slowCallback.status]).toEqual([504, 502, 504]);
    expect(slowStart.body).toMatchObject({ type: problem('single-sign-on-provider-timeout') });
    expect(failingStart.body).toMatchObject({ type: problem('single-sign-on-provider-failed') });
  });

  it('answers 502 when the provider cannot be reached at all', async () => {
    const elsewhere = await institutionWithStaff(system, 'career_services_admin');
    const configured = await system.api.request(
      'PUT',
      `/v1/institutions/${elsewhere.institutionId}/single-sign-on`,
      {
        token: elsewhere.staff.token,
        body: {
          issuer: 'http://127.0.0.1:9',
          clientId: 'c',
          clientSecret: 's',
          identifierClaim: 'sub',
          enabled: true,
        },
      },
    );

    const refused = await start(elsewhere.institutionId);

    expect(configured.status).toBe(200);
    expect(refused.status).toBe(502);
    expect(refused.body).toMatchObject({ type: problem('single-sign-on-provider-failed') });
  });

  it('refuses every sign-in once the school turns single sign-on off, even one begun before', async () => {
    const begun = await atProvider('ada');
    expect((await configure({ enabled: false })).status).toBe(200);
    try {
      const started = await start();
      const finished = await callback(begun.query, begun.binding);
      const schools = await system.api.get('/v1/auth/single-sign-on');

      for (const refused of [started, finished]) {
        expect(refused.status).toBe(403);
        expect(refused.body).toMatchObject({ type: problem('single-sign-on-unavailable') });
      }
      expect(schools.body['items']).not.toContainEqual(
        expect.objectContaining({ institutionId: school.institutionId }),
      );
    } finally {
      await configure();
    }
  });

  it('lets only the school’s administrators configure it, with a secret the first time and a known claim', async () => {
    const other = await institutionWithStaff(system, 'career_services_staff');
    const path = `/v1/institutions/${other.institutionId}/single-sign-on`;
    const body = { issuer: provider.issuer, clientId: 'c', identifierClaim: 'sub', enabled: true };

    const byStaff = await system.api.request('PUT', path, { token: other.staff.token, body });
    const noSecret = await system.api.request('PUT', path, { token: other.admin, body });
    const badClaim = await system.api.request('PUT', path, {
      token: other.admin,
      body: { ...body, clientSecret: 's', identifierClaim: 'nickname' },
    });
    const unconfigured = await system.api.get(path, other.staff.token);

    expect(byStaff.status).toBe(403);
    expect(noSecret.status).toBe(400);
    expect(noSecret.body).toMatchObject({ errors: [{ field: 'clientSecret' }] });
    expect(badClaim.status).toBe(400);
    expect(badClaim.body).toMatchObject({ errors: [{ field: 'identifierClaim' }] });
    expect(unconfigured.body).toMatchObject({ configured: false, clientSecretSet: false, enabled: false });
  });
});
