import type { MailedOutcome } from '@careers/contracts';
import type { MailTemplate } from '@careers/mail';
import { inviteCreateAccountTemplate } from './templates/invite-create-account.template';
import { inviteJoinCompanyTemplate } from './templates/invite-join-company.template';
import { inviteSchoolAddedTemplate } from './templates/invite-school-added.template';

export interface InviteMailData {
  firstName: string;
  institutionName: string;
  link: string;
  expiresOn: string;
}

/** One template per outcome that sends an email. */
export const INVITE_MAILS: Record<MailedOutcome, MailTemplate<InviteMailData>> = {
  no_account: inviteCreateAccountTemplate,
  account_no_company: inviteJoinCompanyTemplate,
  account_with_company: inviteSchoolAddedTemplate,
};
