import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { CompanyStaffMemberReply } from '@careers/contracts';
import { Company } from './company.entity';

/** An employer user on a company's staff. An employer belongs to one company at a time. */
@Entity({ tableName: 'company_staff' })
export class CompanyStaffMember {
  @PrimaryKey({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company: Company;

  @Property({ type: 'timestamptz' })
  joinedAt: Date = new Date();

  constructor(company: Company, userId: string) {
    this.company = company;
    this.userId = userId;
  }

  /** `name`: the member's, as directory knows it. */
  toReply(name: string | null): CompanyStaffMemberReply {
    return { userId: this.userId, name, joinedAt: this.joinedAt.toISOString() };
  }
}
