/** The API's codes in the words the seeds use, for people. */
export const ROLE_WORDS: Record<string, string> = {
  student: 'Student',
  alumni: 'Alumni',
  employer: 'Employer',
  mentor: 'Mentor',
  career_services: 'Career services',
  career_services_admin: 'Career services administrator',
  career_services_staff: 'Career services staff',
  platform_admin: 'Platform administrator',
};

export const STATUS_WORDS: Record<string, string> = {
  active: 'Active',
  pending: 'Pending',
  declined: 'Declined',
  inactive: 'Deactivated',
  approved: 'Approved',
  account_deleted: 'Account deleted',
  pending_verification: 'Email not verified',
  disabled: 'Disabled',
  invited: 'Invited',
};

export const SOURCE_WORDS: Record<string, string> = {
  manual: 'Added by staff',
  bulk_upload: 'Bulk upload',
  career_fair: 'Career fair',
  job_posting: 'Job posting',
  connection_request: 'Connection request',
  invitation: 'Invitation',
};

export function words(table: Record<string, string>, code: string): string {
  return table[code] ?? code.replace(/_/g, ' ');
}
