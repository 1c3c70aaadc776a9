import { Entity, Index, Property } from '@mikro-orm/core';
import type { CompanyReply } from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';

/** An employer profile. Made by an institution or by an employer user; it may have no staff at all. */
@Entity({ tableName: 'company' })
@Index({ name: 'company_name_order_index', properties: ['nameKey', 'id'] })
export class Company extends BaseEntity {
  @Property({ type: 'text' })
  name: string;

  /** Lower-cased name, for search. */
  @Property({ type: 'text' })
  nameKey: string;

  /** Lower-cased; unique across the platform when given. */
  @Property({ type: 'text', nullable: true, unique: true })
  domain: string | null;

  @Property({ type: 'text', nullable: true })
  website: string | null;

  /** Kept for the record, never shown: which schools keep which employers is not public. */
  @Property({ type: 'uuid', nullable: true })
  createdByInstitutionId: string | null;

  @Property({ type: 'uuid' })
  createdBy: string;

  constructor(
    details: { name: string; domain?: string; website?: string },
    createdBy: string,
    createdByInstitutionId: string | null,
  ) {
    super();
    this.name = details.name.trim().replace(/\s+/g, ' ');
    this.nameKey = this.name.toLowerCase();
    this.domain = details.domain ? companyDomainKey(details.domain) : null;
    this.website = details.website ?? null;
    this.createdBy = createdBy;
    this.createdByInstitutionId = createdByInstitutionId;
  }

  /** What anyone may read: the company's own facts, not who made the profile. */
  toReply(): CompanyReply {
    return {
      id: this.id,
      name: this.name,
      domain: this.domain,
      website: this.website,
      createdAt: this.createdAt.toISOString(),
    };
  }
}

export function companyDomainKey(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '');
}

/** Whether an email is at a company's domain or one under it (`ann@eu.acme.example` is at `acme.example`). */
export function isAtDomain(email: string, domain: string): boolean {
  const at = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const key = companyDomainKey(domain);
  return at === key || at.endsWith(`.${key}`);
}
