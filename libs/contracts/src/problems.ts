import { CONTACT_LABELS_MAX } from './directory/contact.dto';

/** One kind of problem the API can answer with: the HTTP status a client gets, its title, and when it happens. */
export interface ProblemDefinition {
  status: number;
  title: string;
  description: string;
}

/**
 * Every problem code the system answers with, the only place codes are made: services throw domain errors with one of
 * these, the gateway answers its own refusals with them, and each reaches the client as the problem `type`
 * `urn:careers:problem:<code>` (see problemType) with this status and title. A new code is added here first, or it
 * does not compile; `npm run contracts:problems` then rewrites docs/problems.md.
 */
export const PROBLEMS = {
  // The request itself, refused by the gateway before any service sees it.
  validation_failed: {
    status: 400,
    title: 'Invalid request',
    description:
      'A body, query or path field is invalid; `errors` names each field and what is wrong with it.',
  },
  bad_request: {
    status: 400,
    title: 'Bad request',
    description:
      'The request cannot be read: malformed JSON, a body nested too deep, a path id that is not a UUID, or an upload that is not one well-formed multipart file.',
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    description: 'The access token is missing, invalid or expired, or its account is no longer active.',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    description: 'The caller is authenticated but their roles do not allow this operation.',
  },
  not_found: {
    status: 404,
    title: 'Not found',
    description: 'No such route, or the caller has no role in the institution the path names.',
  },
  not_acceptable: {
    status: 406,
    title: 'Not acceptable',
    description: 'A field of a multipart upload declares JSON content that does not parse.',
  },
  request_timeout: {
    status: 408,
    title: 'Request timeout',
    description:
      'The request, its headers or its body, was not sent within the time the server gives (HTTP_HEADERS_TIMEOUT_MS, HTTP_REQUEST_TIMEOUT_MS); the connection is closed.',
  },
  payload_too_large: {
    status: 413,
    title: 'Payload too large',
    description: 'The body, or the uploaded file, or its number of parts, is over the limit the API accepts.',
  },
  unsupported_media_type: {
    status: 415,
    title: 'Unsupported media type',
    description: 'The body is sent with a Content-Type the route does not take.',
  },
  header_fields_too_large: {
    status: 431,
    title: 'Request header fields too large',
    description:
      'The request line and headers are larger than the server reads (16 KiB); the connection is closed.',
  },
  too_many_requests: {
    status: 429,
    title: 'Too many requests',
    description:
      'Too many attempts (failed logins, say) from this caller; Retry-After says when to try again.',
  },
  internal_error: {
    status: 500,
    title: 'Internal server error',
    description: 'An unexpected error; the body carries an `errorId` that is in the log.',
  },
  reply_too_large: {
    status: 500,
    title: 'Reply too large',
    description:
      'A service made an answer too large to send in one message; the answer should have been paged.',
  },
  service_unavailable: {
    status: 503,
    title: 'Service unavailable',
    description:
      'No instance of the service that answers this request is reachable right now; try again shortly.',
  },
  storage_unavailable: {
    status: 503,
    title: 'Storage unavailable',
    description: 'The service cannot reach its database right now; try again shortly.',
  },
  service_timeout: {
    status: 504,
    title: 'Service timeout',
    description: 'The service that answers this request did not answer in time.',
  },
  duplicate: {
    status: 409,
    title: 'Duplicate',
    description: 'A request made the same thing at the same moment as this one, so this one changed nothing.',
  },

  // Accounts, login and links (identity).
  invalid_credentials: {
    status: 401,
    title: 'Invalid credentials',
    description: 'Login with an email or password that is not correct.',
  },
  email_not_verified: {
    status: 403,
    title: 'Email not verified',
    description: 'Login to an account whose email address is not verified yet.',
  },
  single_sign_on_unavailable: {
    status: 403,
    title: 'Single sign-on unavailable',
    description:
      "Signing in through a school's provider when the school has none configured, or its administrators turned it off.",
  },
  single_sign_on_attempt_invalid: {
    status: 401,
    title: 'Single sign-on attempt not valid',
    description:
      "A single sign-on callback that matches no attempt begun in this tab: a wrong or replayed state, another tab's binding, or an attempt older than ten minutes. Start again.",
  },
  single_sign_on_rejected: {
    status: 401,
    title: 'Single sign-on rejected',
    description:
      "The provider's answer is refused: it reported an error, or its ID token failed a check (issuer, audience, signature, expiry, nonce), or the code was not accepted.",
  },
  single_sign_on_unknown_person: {
    status: 403,
    title: 'Not known at this school',
    description:
      "The provider signed the person in, but no one member of the school has that identifier (the configured claim's value) in an account the school manages alone (loaded by it, active, and in no other school).",
  },
  single_sign_on_provider_failed: {
    status: 502,
    title: 'Single sign-on provider failed',
    description: "The school's provider could not be reached or answered with an error.",
  },
  single_sign_on_provider_timeout: {
    status: 504,
    title: 'Single sign-on provider too slow',
    description: "The school's provider did not answer within SINGLE_SIGN_ON_TIMEOUT_MS.",
  },
  token_expired: {
    status: 410,
    title: 'Link expired',
    description: 'A verification or password reset link that has expired.',
  },
  token_used: {
    status: 410,
    title: 'Link used',
    description: 'A verification or password reset link that was used already.',
  },
  user_not_found: {
    status: 404,
    title: 'User not found',
    description: 'No such user, or none the caller may see in this institution.',
  },
  email_taken: {
    status: 409,
    title: 'Email taken',
    description: 'The email address belongs to another account (of any user type).',
  },
  email_confusable: {
    status: 409,
    title: 'Email confusable',
    description: "The email address looks the same as another account's (look-alike letters).",
  },
  username_taken: {
    status: 409,
    title: 'Username taken',
    description: 'The username belongs to someone else in this institution.',
  },
  institution_not_found: {
    status: 404,
    title: 'Institution not found',
    description: 'No institution with this id.',
  },
  not_a_pending_account: {
    status: 409,
    title: 'Not a pending account',
    description: 'Deleting an account that is not a pending self-made account waiting for this institution.',
  },
  account_not_managed_here: {
    status: 403,
    title: 'Account not managed here',
    description: 'Staff changing the email of an account this institution does not alone manage.',
  },
  activation_emails_not_found: {
    status: 404,
    title: 'Activation emails not found',
    description: 'No activation email send with this id at the institution.',
  },
  scim_token_invalid: {
    status: 401,
    title: 'SCIM token invalid',
    description: 'A SCIM request whose bearer token is unknown or revoked.',
  },
  scim_token_not_found: {
    status: 404,
    title: 'SCIM token not found',
    description: 'No SCIM token with this id at the institution.',
  },
  scim_tokens_limit: {
    status: 409,
    title: 'Too many SCIM tokens',
    description:
      'Making a SCIM token while the institution holds the most tokens in use it may: revoke one first.',
  },
  scim_person_not_found: {
    status: 404,
    title: 'Provisioned person not found',
    description: 'No person with this id that the institution provisions through SCIM.',
  },
  scim_uniqueness: {
    status: 409,
    title: 'Identifiers taken',
    description:
      "A SCIM request naming an email or username that is another person's, or an email of an account of another type.",
  },
  scim_mutability: {
    status: 422,
    title: 'Identifier may not change',
    description:
      'A SCIM request changing an identifier an ongoing sync may not change (a username, an auth identifier, an email).',
  },
  institution_uses_single_sign_on: {
    status: 409,
    title: 'Institution uses single sign-on',
    description:
      'Sending activation emails for an institution whose people sign in with its single sign-on: they have no password to set.',
  },
  email_change_not_found: {
    status: 404,
    title: 'No email change pending',
    description: 'Confirming an email change with a code when no change is waiting for one.',
  },
  email_change_expired: {
    status: 410,
    title: 'Email change expired',
    description: 'The code of an email change has expired.',
  },
  email_change_attempts_exhausted: {
    status: 410,
    title: 'Email change attempts exhausted',
    description: 'Too many wrong codes ended the email change.',
  },
  email_change_code_wrong: {
    status: 422,
    title: 'Email change code wrong',
    description: 'The code is not the one sent; the detail says how many attempts are left.',
  },
  email_change_not_pending: {
    status: 410,
    title: 'Email change not pending',
    description: 'The stop link of an email change already confirmed, stopped or replaced.',
  },
  email_unchanged: {
    status: 422,
    title: 'Email unchanged',
    description: "The new email address is already the account's.",
  },
  current_password_wrong: {
    status: 422,
    title: 'Current password wrong',
    description: 'A change that needs the current password was sent with a wrong one.',
  },

  // Institution staff (identity).
  staff_member_not_found: {
    status: 404,
    title: 'Staff member not found',
    description: 'No staff member with this id in the institution.',
  },
  staff_invitation_not_found: {
    status: 404,
    title: 'Staff invitation not found',
    description: 'No invitation to the staff of this institution is waiting for the caller.',
  },
  already_staff: {
    status: 409,
    title: 'Already staff',
    description: 'The person is already a staff member of the institution.',
  },
  last_administrator: {
    status: 409,
    title: 'Last administrator',
    description: 'The change would leave the institution without a career services administrator.',
  },
  not_an_administrator: {
    status: 403,
    title: 'Not an administrator',
    description: "The caller's token says administrator, but they no longer are one in this institution.",
  },

  // Institutions, labels, contacts and companies (directory).
  institution_name_taken: {
    status: 409,
    title: 'Institution name taken',
    description: 'Another institution has this name.',
  },
  label_not_found: {
    status: 404,
    title: 'Label not found',
    description: 'No label with this id in the institution.',
  },
  label_name_taken: {
    status: 409,
    title: 'Label name taken',
    description: 'The institution has a label with this name already.',
  },
  unknown_labels: {
    status: 422,
    title: 'Unknown labels',
    description: "A contact names label ids that are not the institution's own.",
  },
  contact_not_found: {
    status: 404,
    title: 'Contact not found',
    description: 'No contact with this id in the institution.',
  },
  contact_email_taken: {
    status: 409,
    title: 'Contact email taken',
    description: 'Another contact of the institution has this email; the detail names it.',
  },
  contact_label_limit: {
    status: 409,
    title: 'Contact label limit',
    description: `Putting labels on a contact that would then carry more than a contact may (${CONTACT_LABELS_MAX}); take some off first.`,
  },
  contact_query_too_slow: {
    status: 503,
    title: 'Contact query too slow',
    description:
      "Finding the contacts of a page, or of a bulk invite's filter, took longer than the directory allows (CONTACT_PAGE_TIMEOUT_MS, CONTACT_RESOLVE_TIMEOUT_MS); narrow the filter or try again later.",
  },
  unknown_company: {
    status: 422,
    title: 'Unknown company',
    description: 'A contact names a company id that is not a company.',
  },
  company_not_found: {
    status: 404,
    title: 'Company not found',
    description: 'No company with this id.',
  },
  company_staff_not_found: {
    status: 404,
    title: 'Company staff not found',
    description: 'The staff list of a company the caller is not on.',
  },
  company_domain_taken: {
    status: 409,
    title: 'Company domain taken',
    description: 'Another company has this domain; the detail names it.',
  },
  already_on_company_staff: {
    status: 409,
    title: 'Already on company staff',
    description: "An employer joining a company while on another company's staff.",
  },
  not_company_staff: {
    status: 404,
    title: 'Not company staff',
    description: 'The user is not on the staff of this company.',
  },
  employers_only: {
    status: 403,
    title: 'Employers only',
    description: 'An operation on company staff by a user who is not an employer.',
  },
  company_domain_mismatch: {
    status: 403,
    title: 'Company domain mismatch',
    description:
      'An employer joining (or making the profile of) a company with a domain, from an email that is not at it.',
  },
  only_themselves_leave: {
    status: 403,
    title: 'Only themselves leave',
    description: "Taking someone else off a company's staff, as neither them nor a platform administrator.",
  },

  // Join requests, invitations and bulk invites (onboarding).
  join_request_not_found: {
    status: 404,
    title: 'Join request not found',
    description: 'No join request with this id at the institution.',
  },
  join_request_decided: {
    status: 409,
    title: 'Join request decided',
    description: 'Deciding a join request that was decided already; decisions are final.',
  },
  join_request_pending: {
    status: 409,
    title: 'Join request pending',
    description: 'Asking to join an institution that has the caller’s request awaiting review.',
  },
  join_request_declined: {
    status: 409,
    title: 'Join request declined',
    description: "Asking again to join an institution that declined the caller's request.",
  },
  already_member: {
    status: 409,
    title: 'Already member',
    description: 'Asking to join an institution the caller belongs to already.',
  },
  not_accepting_requests: {
    status: 409,
    title: 'Not accepting requests',
    description: 'A student or alumni asking to join an institution that takes no requests from them.',
  },
  cannot_request_to_join: {
    status: 403,
    title: 'Cannot request to join',
    description: 'A user who is not an employer, student or alumni asking to join an institution.',
  },
  invitation_not_found: {
    status: 404,
    title: 'Invitation not found',
    description: 'No invitation has this link.',
  },
  invitation_expired: {
    status: 410,
    title: 'Invitation expired',
    description: 'The invitation has expired.',
  },
  invitation_used: {
    status: 410,
    title: 'Invitation used',
    description: 'The invitation was accepted already.',
  },
  invitation_revoked: {
    status: 410,
    title: 'Invitation revoked',
    description: 'The institution withdrew the invitation.',
  },
  invitation_needs_login: {
    status: 401,
    title: 'Invitation needs login',
    description: 'An account has the invited email: log in with it, then accept the invitation.',
  },
  invitation_for_another_account: {
    status: 403,
    title: 'Invitation for another account',
    description: "Accepting an invitation sent to another email than the caller's account.",
  },
  bulk_invite_not_found: {
    status: 404,
    title: 'Bulk invite not found',
    description: 'No bulk invite with this id at the institution.',
  },
  bulk_invite_sent: {
    status: 409,
    title: 'Bulk invite sent',
    description: 'Sending a bulk invite that was sent already; it is sent once.',
  },
  approval_defaults_missing: {
    status: 409,
    title: 'Approval defaults missing',
    description: "A bulk invite before the institution's default employer-approval setting is set.",
  },
  no_contacts_chosen: {
    status: 422,
    title: 'No contacts chosen',
    description: 'A bulk invite whose selection holds no contact to invite.',
  },
  unknown_contacts: {
    status: 422,
    title: 'Unknown contacts',
    description: 'A bulk invite names ids that are not contacts of the institution.',
  },
  bulk_decision_not_found: {
    status: 404,
    title: 'Bulk decision not found',
    description: 'No bulk decision with this id at the institution.',
  },

  // Imports (importer).
  import_not_found: {
    status: 404,
    title: 'Import not found',
    description: 'No import with this id at the institution.',
  },
  import_not_editable: {
    status: 409,
    title: 'Import not editable',
    description: 'Replacing the file of an import that is running or has run.',
  },
  import_not_analyzed: {
    status: 409,
    title: 'Import not analyzed',
    description: 'Running an import whose file is still being analysed, or could not be.',
  },
  import_has_errors: {
    status: 409,
    title: 'Import has errors',
    description: 'Running an import whose file has error findings.',
  },
  import_already_run: {
    status: 409,
    title: 'Import already run',
    description: 'Running an import a second time.',
  },
  import_not_run: {
    status: 409,
    title: 'Import not run',
    description: 'Asking for the results of an import that has not been run.',
  },
  import_rows_pruned: {
    status: 410,
    title: 'Import rows pruned',
    description:
      'Asking for the rows, findings, dry run, results or failed rows of an import whose run finished longer ago than the importer keeps them (FINISHED_IMPORT_ROWS_RETENTION_DAYS); the import itself, with its counts, stays.',
  },
} as const satisfies Record<string, ProblemDefinition>;

/** A code a client can switch on: the part of the problem `type` after `urn:careers:problem:`, with `_` for `-`. */
export type ProblemCode = keyof typeof PROBLEMS;

/** The codes whose problem has this HTTP status: what an error of one kind may carry. */
export type ProblemCodeWithStatus<Status extends number> = {
  [Code in ProblemCode]: (typeof PROBLEMS)[Code]['status'] extends Status ? Code : never;
}[ProblemCode];

export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];

/** Problem types are URNs named after the error's code, stable for clients to switch on. */
export function problemType(code: ProblemCode): string {
  return `urn:careers:problem:${code.replace(/_/g, '-')}`;
}

/** Every problem `type` the API answers with: the enum of the ProblemDetails schema's `type`. */
export const PROBLEM_TYPES: string[] = PROBLEM_CODES.map(problemType);

export function isProblemCode(value: string): value is ProblemCode {
  return Object.hasOwn(PROBLEMS, value);
}
