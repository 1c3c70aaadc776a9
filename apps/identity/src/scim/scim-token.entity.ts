import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { SCIM_USER_TYPES, ScimTokenReply, ScimUserType } from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';

/**
 * A bearer token a school's identity provider provisions its people with. Only the SHA-256 digest of the secret is
 * kept: the administrator sees the secret once, when it is made.
 */
@Entity({ tableName: 'scim_token' })
@Index({ properties: ['institutionId'] })
export class ScimToken extends BaseEntity {
  @Property({ type: 'uuid' })
  institutionId: string;

  @Property({ type: 'text' })
  label: string;

  /** The type of the people it provisions, unless a person's extension attribute names another. */
  @Enum({ items: () => SCIM_USER_TYPES, type: 'text' })
  userType: ScimUserType;

  @Unique()
  @Property({ type: 'text', hidden: true })
  digest: string;

  @Property({ type: 'uuid' })
  createdBy: string;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  constructor(
    institutionId: string,
    label: string,
    userType: ScimUserType,
    digest: string,
    createdBy: string,
  ) {
    super();
    this.institutionId = institutionId;
    this.label = label;
    this.userType = userType;
    this.digest = digest;
    this.createdBy = createdBy;
  }

  toReply(): ScimTokenReply {
    return {
      id: this.id,
      institutionId: this.institutionId,
      label: this.label,
      userType: this.userType,
      createdBy: this.createdBy,
      createdAt: this.createdAt.toISOString(),
      lastUsedAt: this.lastUsedAt?.toISOString() ?? null,
      revokedAt: this.revokedAt?.toISOString() ?? null,
    };
  }
}
