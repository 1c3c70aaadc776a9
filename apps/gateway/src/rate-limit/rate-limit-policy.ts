import type { AuthenticatedRequest } from '../auth/authenticated-request';

export const RATE_LIMITED = Symbol('RATE_LIMITED');

/** Names the account a request is about (the email in the body, the caller), when there is one. */
export type AccountOf = (request: AuthenticatedRequest) => string | undefined;

export interface RateLimitPolicy {
  /** The counter's name: routes that share a name share their counters. */
  name: string;
  account: AccountOf;
}

/** The account is the email in the body (lower-cased). */
export const emailInBody: AccountOf = (request) => {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : undefined;
};

/**
 * The account and the source together (the email in the body and the client IP): what a log-in counts, so that
 * failures from elsewhere never hold the owner back.
 */
export const emailFromSource: AccountOf = (request) => {
  const email = emailInBody(request);
  return email === undefined ? undefined : `${email}|${request.ip}`;
};

/** The account is the caller's. */
export const callerAccount: AccountOf = (request) => request.caller?.userId;

/** The account is the link's (its token). */
export const tokenInBody: AccountOf = (request) => {
  const token = (request.body as { token?: unknown } | undefined)?.token;
  return typeof token === 'string' ? token : undefined;
};
