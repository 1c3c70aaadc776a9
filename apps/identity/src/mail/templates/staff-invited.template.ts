import { defineMailTemplate } from '@careers/mail';

export const staffInvitedTemplate = defineMailTemplate<{
  name: string;
  institutionName: string;
  link: string;
}>({
  name: 'identity.staff-invited',
  subject: 'You are invited to join {{institutionName}} career services',
  html: `<p>{{greeting name}}</p>
<p>An administrator of <strong>{{institutionName}}</strong> invited you to join its career services staff on
Careers. Nothing changes until you accept: log in with your existing account and accept or decline the
invitation.</p>
<p><a href="{{link}}">See the invitation</a></p>`,
  text: `{{greeting name}}

An administrator of {{institutionName}} invited you to join its career services staff on Careers. Nothing changes
until you accept: log in with your existing account and accept or decline the invitation: {{link}}
`,
});
