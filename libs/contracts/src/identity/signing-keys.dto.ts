/** One public key that verifies access tokens, as a JSON Web Key (RFC 7517). */
export interface PublicJwk {
  kty: string;
  kid: string;
  alg: string;
  use: string;
  crv?: string;
  x?: string;
}

/** The keys that verify access tokens (a JWKS), and the issuer and audience the tokens carry. */
export class SigningKeysReply {
  keys!: PublicJwk[];
  issuer!: string;
  audience!: string;
}
