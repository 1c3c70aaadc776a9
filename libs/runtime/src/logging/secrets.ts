/**
 * What no log line may hold. Fields are secret wherever they are logged (a body, a query string, an RPC payload,
 * headers, an error's properties) and compared without case.
 */
export const SECRET_FIELDS = [
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'accessToken',
  'authorization',
  'cookie',
  'set-cookie',
  'clientSecret',
  'authorizationResponse',
  'binding',
];

/**
 * `code` is also every error's code (`internal_error`, SQLSTATE `23505`), which a log needs: only the kind mailed for
 * an email change, six digits, is taken for a secret.
 */
export const MAILED_CODE = /^\d{6}$/;

/** Routes whose path carries a secret: each `:segment` is one. */
export const SECRET_ROUTES = ['/v1/invitations/:token'];
