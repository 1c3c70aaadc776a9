import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A sign-in begun through an institution's provider, waiting for the provider to send the browser back: what the
 * callback must match (state, nonce, PKCE verifier) and the digest of the binding the starting tab keeps. Used once.
 */
@Entity({ tableName: 'single_sign_on_attempt' })
@Index({ properties: ['expiresAt'] })
export class SingleSignOnAttempt {
  @PrimaryKey({ type: 'text' })
  state: string;

  @Property({ type: 'uuid' })
  institutionId: string;

  @Property({ type: 'text', hidden: true })
  bindingDigest: string;

  @Property({ type: 'text', hidden: true })
  nonce: string;

  @Property({ type: 'text', hidden: true })
  codeVerifier: string;

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  constructor(
    fields: Pick<
      SingleSignOnAttempt,
      'state' | 'institutionId' | 'bindingDigest' | 'nonce' | 'codeVerifier' | 'expiresAt'
    >,
  ) {
    this.state = fields.state;
    this.institutionId = fields.institutionId;
    this.bindingDigest = fields.bindingDigest;
    this.nonce = fields.nonce;
    this.codeVerifier = fields.codeVerifier;
    this.expiresAt = fields.expiresAt;
  }
}
