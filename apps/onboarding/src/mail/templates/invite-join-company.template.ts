import { defineMailTemplate } from '@careers/mail';

/** `account_no_company`: the contact has an account that is not on a company's staff. */
export const inviteJoinCompanyTemplate = defineMailTemplate<{
  firstName: string;
  institutionName: string;
  link: string;
  expiresOn: string;
}>({
  name: 'onboarding.invite-join-company',
  subject: '{{institutionName}} would like to connect with you on Careers',
  html: `<p>{{greeting firstName}}</p>
<p><strong>{{institutionName}}</strong> would like to connect with you on Careers. Join your company's profile,
then connect with {{institutionName}}: your request goes to its career services for approval.</p>
<p><a href="{{link}}">Join your company and connect</a> (the link works until {{expiresOn}}).</p>`,
  text: `{{greeting firstName}}

{{institutionName}} would like to connect with you on Careers. Join your company's profile, then connect with
{{institutionName}}: your request goes to its career services for approval.

Join your company and connect: {{link}}
(The link works until {{expiresOn}}.)
`,
});
