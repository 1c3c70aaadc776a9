import { defineMailTemplate } from '@careers/mail';

export const staffInvitationTemplate = defineMailTemplate<{
  name: string;
  institutionName: string;
  link: string;
}>({
  name: 'identity.staff-invitation',
  subject: 'You have been added to {{institutionName}} career services',
  html: `<p>{{greeting name}}</p>
<p>You have been added as a career services staff member of <strong>{{institutionName}}</strong> on Careers.</p>
<p><a href="{{link}}">Set your password</a> to log in.</p>
<p>The link works once, for 7 days.</p>`,
  text: `{{greeting name}}

You have been added as a career services staff member of {{institutionName}} on Careers.

Set your password to log in: {{link}}

The link works once, for 7 days.
`,
});
