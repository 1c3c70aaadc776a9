import { defineMailTemplate } from '@careers/mail';

/** `account_with_company`: the contact's account is on a company's staff; a connection request was made. */
export const inviteSchoolAddedTemplate = defineMailTemplate<{
  firstName: string;
  institutionName: string;
  link: string;
}>({
  name: 'onboarding.invite-school-added',
  subject: '{{institutionName}} was added to your schools on Careers',
  html: `<p>{{greeting firstName}}</p>
<p><strong>{{institutionName}}</strong> invited you to connect, so we added it to your schools on Careers and sent
it a connection request for you.</p>
<p><a href="{{link}}">Log in</a> to see your schools.</p>`,
  text: `{{greeting firstName}}

{{institutionName}} invited you to connect, so we added it to your schools on Careers and sent it a connection
request for you.

Log in to see your schools: {{link}}
`,
});
