import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { IdentifierClaim } from '@careers/contracts';

/** An institution's OpenID provider: its people sign in there, and are known here by the configured claim. */
@Entity({ tableName: 'single_sign_on_provider' })
export class SingleSignOnProvider {
  @PrimaryKey({ type: 'uuid' })
  institutionId: string;

  @Property({ type: 'text' })
  issuer: string;

  @Property({ type: 'text' })
  clientId: string;

  /** The client secret sealed with SINGLE_SIGN_ON_SECRET_KEY (see SecretBox); never answered. */
  @Property({ type: 'text', hidden: true })
  sealedClientSecret: string;

  @Property({ type: 'text' })
  identifierClaim: IdentifierClaim;

  @Property({ type: 'boolean' })
  enabled: boolean;

  @Property({ type: 'uuid' })
  updatedBy: string;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(
    institutionId: string,
    fields: Pick<
      SingleSignOnProvider,
      'issuer' | 'clientId' | 'sealedClientSecret' | 'identifierClaim' | 'enabled' | 'updatedBy'
    >,
  ) {
    this.institutionId = institutionId;
    this.issuer = fields.issuer;
    this.clientId = fields.clientId;
    this.sealedClientSecret = fields.sealedClientSecret;
    this.identifierClaim = fields.identifierClaim;
    this.enabled = fields.enabled;
    this.updatedBy = fields.updatedBy;
  }
}
