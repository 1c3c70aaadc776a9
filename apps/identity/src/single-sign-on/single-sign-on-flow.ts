import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AccessTokenReply, SingleSignOnCallbackRequest, SingleSignOnStartReply } from '@careers/contracts';
import { secretDigest } from '@careers/mail';
import { randomBytes } from 'node:crypto';
import { AccessTokens } from '../auth/access-tokens';
import { managedAloneBy } from '../institution-users/managed-accounts';
import { Membership } from '../memberships/membership.entity';
import {
  AuthorizationChecks,
  OpenIdRelyingParty,
  ProviderError,
  ProviderSettings,
} from './openid-relying-party';
import { SecretBox } from './secret-box';
import { SingleSignOnAttempt } from './single-sign-on-attempt.entity';
import {
  providerRefusal,
  SingleSignOnAttemptInvalid,
  SingleSignOnUnavailable,
  SingleSignOnUnknownPerson,
} from './single-sign-on-errors';
import { SINGLE_SIGN_ON_REDIRECT_URI } from './single-sign-on-options';
import { SingleSignOnProvider } from './single-sign-on-provider.entity';

/** How long the provider has to send the person back. */
const ATTEMPT_LIFETIME_MS = 10 * 60 * 1000;
const BINDING_CONTEXT = 'single-sign-on-binding';

/**
 * A sign-in through the school's provider: the authorization code flow with PKCE, state and nonce. The start stores
 * an attempt and gives the browser tab a binding; the callback uses the attempt once, with that binding, and signs the
 * person in when exactly one member of the school has the identifier the provider vouches for, and the school manages
 * that account alone.
 */
@Injectable()
export class SingleSignOnFlow {
  private readonly logger = new Logger(SingleSignOnFlow.name);

  constructor(
    private readonly relyingParty: OpenIdRelyingParty,
    private readonly secrets: SecretBox,
    private readonly tokens: AccessTokens,
    @Inject(SINGLE_SIGN_ON_REDIRECT_URI) private readonly redirectUri: string,
  ) {}

  async start(em: EntityManager, institutionId: string): Promise<SingleSignOnStartReply> {
    const provider = await this.enabledProvider(em, institutionId);
    const { url, checks } = await this.talkTo(institutionId, () =>
      this.relyingParty.authorizationUrl(this.settingsOf(provider), this.redirectUri),
    );
    const binding = randomBytes(32).toString('base64url');
    await em.nativeDelete(SingleSignOnAttempt, { expiresAt: { $lt: new Date() } });
    em.persist(
      new SingleSignOnAttempt({
        ...checks,
        institutionId,
        bindingDigest: secretDigest(binding, BINDING_CONTEXT),
        expiresAt: new Date(Date.now() + ATTEMPT_LIFETIME_MS),
      }),
    );
    await em.flush();
    return { authorizationUrl: url, binding };
  }

  async finish(em: EntityManager, request: SingleSignOnCallbackRequest): Promise<AccessTokenReply> {
    const query = request.authorizationResponse.replace(/^\?/, '');
    const attempt = await this.useAttempt(em, new URLSearchParams(query).get('state'), request.binding);
    const provider = await this.enabledProvider(em, attempt.institutionId);
    const claims = await this.talkTo(attempt.institutionId, () =>
      this.relyingParty.signedInClaims(
        this.settingsOf(provider),
        new URL(`${this.redirectUri}?${query}`),
        attempt.checks,
        provider.identifierClaim,
      ),
    );
    const identifier = claims[provider.identifierClaim];
    if (typeof identifier !== 'string' || identifier === '') throw new SingleSignOnUnknownPerson();
    const holders = await em.find(
      Membership,
      { institutionId: attempt.institutionId, authIdentifier: identifier },
      { populate: ['user', 'user.memberships'], limit: 2 },
    );
    const membership = holders.length === 1 ? holders[0] : undefined;
    if (!membership || !this.signsIn(membership)) throw new SingleSignOnUnknownPerson();
    return this.tokens.issue(membership.user);
  }

  /**
   * Whether the school's provider may sign this member in: an active account that the school manages alone (a
   * student, alumni or mentor it loaded, active there and a member nowhere else). An account the person made, or one
   * that belongs to another school too, is the person's: a school's provider, run by that school, never vouches for
   * it (DESIGN §7: only the person moves their login).
   */
  private signsIn({ user, institutionId }: Membership): boolean {
    return (
      user.status === 'active' &&
      managedAloneBy({ userType: user.userType, memberships: user.memberships.getItems() }, institutionId)
    );
  }

  /**
   * Takes the attempt out, so that a replayed or a second concurrent callback finds none. Only the tab holding the
   * binding can take it: someone who learnt the state alone cannot spend it. The binding is a random 256-bit value, so
   * its digest is compared by the database without a timing to learn from.
   */
  private async useAttempt(
    em: EntityManager,
    state: string | null,
    binding: string,
  ): Promise<{ institutionId: string; checks: AuthorizationChecks }> {
    if (!state) throw new SingleSignOnAttemptInvalid();
    const table = `"${em.config.get('schema')}"."single_sign_on_attempt"`;
    const [row] = await em.execute<
      Array<{
        institution_id: string;
        nonce: string;
        code_verifier: string;
        live: boolean;
      }>
    >(
      `delete from ${table} where "state" = ? and "binding_digest" = ?
        returning "institution_id", "nonce", "code_verifier", "expires_at" > now() as "live"`,
      [state, secretDigest(binding, BINDING_CONTEXT)],
    );
    if (!row?.live) throw new SingleSignOnAttemptInvalid();
    return {
      institutionId: row.institution_id,
      checks: { state, nonce: row.nonce, codeVerifier: row.code_verifier },
    };
  }

  private async enabledProvider(em: EntityManager, institutionId: string): Promise<SingleSignOnProvider> {
    const provider = await em.findOne(
      SingleSignOnProvider,
      { institutionId, enabled: true },
      { populate: ['sealedClientSecret'] },
    );
    if (!provider) throw new SingleSignOnUnavailable();
    return provider;
  }

  private settingsOf(provider: SingleSignOnProvider): ProviderSettings {
    return {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: this.secrets.open(provider.sealedClientSecret, provider.institutionId),
    };
  }

  /** Calls the provider; its failure is logged by kind and reason (never a code, token or secret) and refused. */
  private async talkTo<T>(institutionId: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      this.logger.warn(
        { institutionId, failure: error.failure, reason: error.reason },
        'Single sign-on refused',
      );
      throw providerRefusal(error);
    }
  }
}
