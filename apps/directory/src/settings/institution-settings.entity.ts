import { Entity, OneToOne, Property } from '@mikro-orm/core';
import type { EmployerApprovalSetting, InstitutionSettingsReply } from '@careers/contracts';
import { Institution } from '../institutions/institution.entity';

/** One institution's settings; made with the institution, with the defaults until an administrator changes them. */
@Entity({ tableName: 'institution_settings' })
export class InstitutionSettings {
  @OneToOne(() => Institution, { primary: true, fieldName: 'institution_id', deleteRule: 'cascade' })
  institution: Institution;

  /** Unset (`null`) until an administrator sets it. */
  @Property({ type: 'jsonb', nullable: true })
  employerApproval: EmployerApprovalSetting | null = null;

  @Property({ type: 'boolean' })
  usesSingleSignOn = false;

  @Property({ type: 'boolean' })
  acceptsStudentRequests = true;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;

  constructor(institution: Institution) {
    this.institution = institution;
  }

  toReply(): InstitutionSettingsReply {
    return {
      institutionId: this.institution.id,
      employerApproval: this.employerApproval,
      usesSingleSignOn: this.usesSingleSignOn,
      acceptsStudentRequests: this.acceptsStudentRequests,
      updatedAt: this.updatedAt.toISOString(),
      updatedBy: this.updatedBy,
    };
  }
}
