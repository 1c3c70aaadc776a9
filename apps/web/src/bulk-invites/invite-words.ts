/** What each outcome of a bulk invite means for the contact, in the seeds' words. */
export const OUTCOME_WORDS: Record<string, { title: string; what: string }> = {
  no_account: {
    title: 'No account',
    what: 'Gets an email inviting them to create an account and join your school.',
  },
  account_no_company: {
    title: 'Account without a company',
    what: 'Gets a link that sends your school a connection approval request.',
  },
  account_with_company: {
    title: 'Account with a company',
    what: 'Your school is added to their schools, with a connection request for you to review; they get an email saying so.',
  },
  already_connected: {
    title: 'Connected already',
    what: 'Gets no email.',
  },
};

/** The outcomes that get an email, each with a mail to preview. */
export const EMAILED_OUTCOMES = ['no_account', 'account_no_company', 'account_with_company'] as const;
export type EmailedOutcome = (typeof EMAILED_OUTCOMES)[number];

/** Why a chosen contact cannot be invited. */
export const NOT_INVITABLE_WORDS: Record<string, string> = {
  archived: 'Archived',
  not_an_employer: 'Has an account that is not an employer’s',
  request_pending: 'Asked to connect already (request pending)',
  declined_before: 'Declined before',
};

export const INVITE_STATUS_WORDS: Record<string, string> = {
  draft: 'Draft: not sent yet',
  sending: 'Sending',
  sent: 'Sent',
};
