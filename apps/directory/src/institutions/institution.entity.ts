import { Entity, Property } from '@mikro-orm/core';
import { InstitutionReply } from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';

@Entity({ tableName: 'institution' })
export class Institution extends BaseEntity {
  @Property({ type: 'text' })
  name: string;

  /** The name as compared: trimmed, spaces folded, lower-cased; unique across the platform. */
  @Property({ type: 'text', unique: true })
  nameKey: string;

  @Property({ type: 'text', nullable: true })
  website: string | null;

  @Property({ type: 'text[]' })
  emailDomains: string[];

  @Property({ type: 'uuid' })
  createdBy: string;

  constructor(name: string, website: string | null, emailDomains: string[], createdBy: string) {
    super();
    this.name = name.trim().replace(/\s+/g, ' ');
    this.nameKey = institutionNameKey(name);
    this.website = website;
    this.emailDomains = [...new Set(emailDomains.map((domain) => domain.toLowerCase()))];
    this.createdBy = createdBy;
  }

  toReply(): InstitutionReply {
    return {
      id: this.id,
      name: this.name,
      website: this.website,
      emailDomains: this.emailDomains,
      createdAt: this.createdAt.toISOString(),
      updatedAt: this.updatedAt.toISOString(),
    };
  }
}

export function institutionNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
