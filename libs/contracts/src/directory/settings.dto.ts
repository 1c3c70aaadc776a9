import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsDefined, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { StrictBoolean } from '../strict-boolean';

/** What an approved employer may do at the institution. */
export const EMPLOYER_PERMISSIONS = [
  'post_jobs',
  'post_events',
  'auto_approve_jobs',
  'post_interview_schedules',
  'message_students',
] as const;
export type EmployerPermission = (typeof EMPLOYER_PERMISSIONS)[number];

/** `review`: staff approve each employer connection request; `automatic`: approved at once. */
export const EMPLOYER_APPROVAL_MODES = ['review', 'automatic'] as const;
export type EmployerApprovalMode = (typeof EMPLOYER_APPROVAL_MODES)[number];

/** The institution's default for new employer connection requests, and what approval grants. */
export class EmployerApprovalSetting {
  @IsIn(EMPLOYER_APPROVAL_MODES, { message: `approval must be one of ${EMPLOYER_APPROVAL_MODES.join(', ')}` })
  @IsDefined({ message: 'approval is required' })
  approval!: EmployerApprovalMode;

  /** The permissions an approved employer gets. */
  @IsIn(EMPLOYER_PERMISSIONS, {
    each: true,
    message: `permissions must each be one of ${EMPLOYER_PERMISSIONS.join(', ')}`,
  })
  @ArrayUnique({ message: 'permissions must not repeat' })
  @IsArray({ message: 'permissions must be a list' })
  @IsDefined({ message: 'permissions is required' })
  permissions!: EmployerPermission[];
}

/** Only the settings given change. */
export class UpdateInstitutionSettingsRequest {
  @ValidateNested()
  @Type(() => EmployerApprovalSetting)
  @IsOptional()
  employerApproval?: EmployerApprovalSetting;

  /** People log in through the institution's single sign-on; import files may carry `auth_identifier`. */
  @StrictBoolean()
  @IsOptional()
  usesSingleSignOn?: boolean;

  /** Self-registered students and alumni may ask to join (their requests wait for review). */
  @StrictBoolean()
  @IsOptional()
  acceptsStudentRequests?: boolean;
}

export class UpdateInstitutionSettingsCommand extends UpdateInstitutionSettingsRequest {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  actorId!: string;
}

export class InstitutionSettingsReply {
  institutionId!: string;
  /** `null` until an administrator sets it; bulk invites need it. */
  employerApproval!: EmployerApprovalSetting | null;
  usesSingleSignOn!: boolean;
  acceptsStudentRequests!: boolean;
  updatedAt!: string;
  /** Who last changed the settings; `null` while they are the defaults. */
  updatedBy!: string | null;
}

/** `events.directory.institution.settings-updated`: the whole settings after the change. */
export class InstitutionSettingsUpdatedData extends InstitutionSettingsReply {}
