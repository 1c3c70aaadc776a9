import * as client from 'openid-client';
import { isPublicHost } from './provider-address';

/** What identity needs to reach one institution's provider. */
export interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** What the callback must match: kept with the attempt between start and callback. */
export interface AuthorizationChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Why talking to the provider went wrong: it failed or was slow (not the person's fault), or its answer is refused. */
export type ProviderFailure = 'failed' | 'timeout' | 'rejected';

export class ProviderError extends Error {
  constructor(
    readonly failure: ProviderFailure,
    readonly reason: string,
  ) {
    super(`single sign-on ${failure}: ${reason}`);
  }
}

/**
 * The relying party, the one file that uses openid-client (an ES module; kept out of what unit tests load): discovery,
 * the authorization URL with PKCE, state and nonce, and the code exchange, which checks the ID token's signature,
 * issuer, audience, expiry and nonce. Each call gives the provider `timeoutMs` for all its requests together. Unless the
 * deployment allows it, every request goes to a public address only (checked as each is made).
 */
export class OpenIdRelyingParty {
  constructor(
    private readonly timeoutMs: number,
    private readonly allowHttp: boolean,
    private readonly allowPrivateAddresses: boolean,
  ) {}

  async authorizationUrl(
    provider: ProviderSettings,
    redirectUri: string,
  ): Promise<{ url: string; checks: AuthorizationChecks }> {
    const checks = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    return this.withProvider(provider, async (config) => {
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid profile email',
        response_type: 'code',
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, checks };
    });
  }

  /** The claims of the person the provider signed in: the ID token's, completed by the user info endpoint. */
  async signedInClaims(
    provider: ProviderSettings,
    callbackUrl: URL,
    checks: AuthorizationChecks,
    claim: string,
  ): Promise<Record<string, unknown>> {
    return this.withProvider(provider, async (config) => {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        pkceCodeVerifier: checks.codeVerifier,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new ProviderError('rejected', 'no ID token');
      if (claims[claim] !== undefined) return claims;
      return { ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
    });
  }

  private async withProvider<T>(
    provider: ProviderSettings,
    work: (config: client.Configuration) => Promise<T>,
  ): Promise<T> {
    const deadline = AbortSignal.timeout(this.timeoutMs);
    const execute = [client.enableNonRepudiationChecks];
    if (this.allowHttp) execute.push(client.allowInsecureRequests);
    try {
      const config = await client.discovery(
        new URL(provider.issuer),
        provider.clientId,
        undefined,
        client.ClientSecretPost(provider.clientSecret),
        {
          execute,
          [client.customFetch]: async (url, options) => {
            if (!this.allowPrivateAddresses && !(await isPublicHost(new URL(url).hostname)))
              throw new ProviderError('failed', 'not at a public address');
            return fetch(url, {
              ...options,
              signal: AbortSignal.any([deadline, ...(options.signal ? [options.signal] : [])]),
            });
          },
        },
      );
      return await work(config);
    } catch (error) {
      throw providerError(error, deadline);
    }
  }
}

function providerError(error: unknown, deadline: AbortSignal): ProviderError {
  if (error instanceof ProviderError) return error;
  // openid-client wraps what its fetch threw (the address check's refusal) as the cause of its own error.
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause instanceof ProviderError) return cause;
  if (deadline.aborted || (error instanceof Error && error.name === 'TimeoutError'))
    return new ProviderError('timeout', 'no answer in time');
  // fetch failing (refused, reset, DNS) or the provider answering outside the protocol (a 5xx, not JSON).
  if (error instanceof TypeError) return new ProviderError('failed', 'unreachable');
  if (error instanceof client.ResponseBodyError && error.status >= 500)
    return new ProviderError('failed', `answered ${error.status}`);
  const code = (error as { code?: unknown }).code;
  if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || code === 'OAUTH_RESPONSE_IS_NOT_JSON')
    return new ProviderError('failed', String(code));
  if (error instanceof client.AuthorizationResponseError) return new ProviderError('rejected', error.error);
  if (error instanceof client.ResponseBodyError) return new ProviderError('rejected', error.error);
  return new ProviderError('rejected', typeof code === 'string' ? code : 'refused');
}
