/** The bulk invites' codes in the seeds' words. */
export const INVITE_STATUS_WORDS: Record<string, string> = {
  draft: 'Draft',
  sending: 'Sending',
  sent: 'Sent',
};

/** The three things that happen to a contact once an invite is sent (and the fourth: nothing). */
export const OUTCOME_WORDS: Record<string, string> = {
  no_account: 'No account: invited to create one and join the school',
  account_no_company: 'Account, no company: invited to join their company and connect',
  account_with_company: 'Account with a company: connection request sent',
  already_connected: 'Already connected: no email',
};

export const NOT_INVITABLE_WORDS: Record<string, string> = {
  archived: 'Not invited: archived contact',
  not_an_employer: 'Not invited: not an employer',
  request_pending: 'Not invited: a request is pending',
  declined_before: 'Not invited: declined before',
};

export const INVITATION_STATE_WORDS: Record<string, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  revoked: 'Revoked',
  expired: 'Expired',
};
