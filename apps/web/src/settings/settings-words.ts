/** The school settings' codes in the seeds' words. */
export const APPROVAL_WORDS: Record<string, string> = {
  review: 'Review each employer’s request',
  automatic: 'Approve employers automatically',
};

export const EMPLOYER_PERMISSION_WORDS: Record<string, string> = {
  post_jobs: 'Post jobs',
  post_events: 'Post events',
  auto_approve_jobs: 'Jobs are approved automatically',
  post_interview_schedules: 'Post interview schedules',
  message_students: 'Message students',
};

/** The claims a provider may carry a person's auth_identifier in. */
export const IDENTIFIER_CLAIM_WORDS: Record<string, string> = {
  sub: 'sub (the provider’s subject identifier)',
  preferred_username: 'preferred_username',
  eduPersonPrincipalName: 'eduPersonPrincipalName',
  email: 'email',
  upn: 'upn',
};
