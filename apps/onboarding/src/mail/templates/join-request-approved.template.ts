import { defineMailTemplate } from '@careers/mail';

export const joinRequestApprovedTemplate = defineMailTemplate<{
  name: string;
  institutionName: string;
  loginLink: string;
}>({
  name: 'onboarding.join-request-approved',
  subject: '{{institutionName}} approved your request',
  html: `<p>{{greeting name}}</p>
<p><strong>{{institutionName}}</strong> approved your request to join them on Careers.</p>
<p><a href="{{loginLink}}">Log in</a> to get started.</p>`,
  text: `{{greeting name}}

{{institutionName}} approved your request to join them on Careers.
Log in to get started: {{loginLink}}
`,
});
