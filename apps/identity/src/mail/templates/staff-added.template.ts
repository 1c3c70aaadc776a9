import { defineMailTemplate } from '@careers/mail';

export const staffAddedTemplate = defineMailTemplate<{
  name: string;
  institutionName: string;
  loginLink: string;
}>({
  name: 'identity.staff-added',
  subject: 'You have been added to {{institutionName}} career services',
  html: `<p>Hello {{name}},</p>
<p>You have been added as a career services staff member of <strong>{{institutionName}}</strong> on Careers.
Log in with your existing account to see it.</p>
<p><a href="{{loginLink}}">Log in</a></p>`,
  text: `Hello {{name}},

You have been added as a career services staff member of {{institutionName}} on Careers.
Log in with your existing account to see it: {{loginLink}}
`,
});
