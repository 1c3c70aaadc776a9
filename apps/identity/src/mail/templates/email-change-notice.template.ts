import { defineMailTemplate } from '@careers/mail';

export const emailChangeNoticeTemplate = defineMailTemplate<{
  name: string;
  newEmail: string;
  cancelLink: string;
}>({
  name: 'identity.email-change-notice',
  subject: 'A change of your email address was requested',
  html: `<p>{{greeting name}}</p>
<p>A change of your Careers account's email address to <strong>{{newEmail}}</strong> was requested. It takes
effect only once it is confirmed from that address.</p>
<p>If you did not ask for this, stop the change now, then change your password and contact your career services
office.</p>
<p><a href="{{cancelLink}}">Stop this change</a></p>`,
  text: `{{greeting name}}

A change of your Careers account's email address to {{newEmail}} was requested. It takes effect only once it is
confirmed from that address.

If you did not ask for this, stop the change now: {{cancelLink}}
Then change your password and contact your career services office.
`,
});
