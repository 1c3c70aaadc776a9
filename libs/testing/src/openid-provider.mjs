// A real OpenID provider (oidc-provider, a certified implementation) for the tests, as a school's: run by
// OpenIdProviderProcess with the client it knows in the environment. It signs in whoever the authorization request's
// `login_hint` names (or, without one, the login its mode names), at once (no pages), and answers
// `POST /__test/mode` to misbehave: be slow, fail, or hand out forged ID tokens (wrong nonce, issuer, audience,
// signature, or expired).
import { createServer } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import Provider from 'oidc-provider';

const KID = 'school-key';
const { CLIENT_ID, CLIENT_SECRET, REDIRECT_URI } = process.env;
const signingKey = (await generateKeyPair('RS256', { extractable: true })).privateKey;
const otherKey = (await generateKeyPair('RS256', { extractable: true })).privateKey;
let mode = { name: 'normal', delayMs: 0 };

/** How each forging mode changes a genuine ID token's claims, and which key signs the result. */
const FORGERIES = {
  'wrong-nonce': (claims) => ({ ...claims, nonce: 'not-the-nonce' }),
  'wrong-issuer': (claims) => ({ ...claims, iss: 'http://impostor.test' }),
  'wrong-audience': (claims) => ({ ...claims, aud: 'another-client' }),
  expired: (claims) => ({ ...claims, iat: claims.iat - 7200, exp: claims.iat - 3600 }),
  'wrong-signature': (claims) => claims,
};

async function forged(idToken) {
  const claims = FORGERIES[mode.name](decodeJwt(idToken));
  const key = mode.name === 'wrong-signature' ? otherKey : signingKey;
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' }).sign(key);
}

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
  ],
  jwks: { keys: [{ ...(await exportJWK(signingKey)), kid: KID, alg: 'RS256', use: 'sig' }] },
  cookies: { keys: ['openid-provider-test-cookie-key'] },
  claims: {
    openid: ['sub'],
    profile: ['preferred_username', 'eduPersonPrincipalName'],
    email: ['email'],
  },
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  findAccount: (ctx, login) => ({
    accountId: login,
    claims: () => ({
      sub: login,
      preferred_username: `${login}.username`,
      eduPersonPrincipalName: `${login}@eppn.test`,
      email: `${login}@mail.test`,
    }),
  }),
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
});

provider.on('server_error', (ctx, error) => process.stderr.write(`server_error: ${error.stack}\n`));

provider.use(async (ctx, next) => {
  await next();
  if (ctx.path === '/token' && FORGERIES[mode.name] && ctx.body?.id_token) {
    ctx.body = { ...ctx.body, id_token: await forged(ctx.body.id_token) };
  }
});

/** Signs in the `login_hint` (or, for a browser test, the mode's `login`) and grants what the client asked for. */
async function finishInteraction(req, res) {
  const { params } = await provider.interactionDetails(req, res);
  const accountId = params.login_hint ?? mode.login;
  const grant = new provider.Grant({ accountId, clientId: params.client_id });
  grant.addOIDCScope(params.scope);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } });
}

async function readJson(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return JSON.parse(body);
}

const answer = provider.callback();
server.on('request', async (req, res) => {
  try {
    if (req.method === 'POST' && req.url === '/__test/mode') {
      mode = { delayMs: 0, ...(await readJson(req)) };
      res.writeHead(204).end();
      return;
    }
    if (mode.name === 'slow') await delay(mode.delayMs);
    if (mode.name === 'failing') {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('down for maintenance');
      return;
    }
    if (req.url.startsWith('/interaction/')) await finishInteraction(req, res);
    else answer(req, res);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});

process.stdout.write(`READY ${issuer}\n`);
