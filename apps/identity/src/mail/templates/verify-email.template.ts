import { defineMailTemplate } from '@careers/mail';

export const verifyEmailTemplate = defineMailTemplate<{ name: string; link: string }>({
  name: 'identity.verify-email',
  subject: 'Confirm your email address',
  html: `<p>{{greeting name}}</p>
<p>Welcome to Careers. Please confirm that this is your email address so that you can log in:</p>
<p><a href="{{link}}">Confirm my email address</a></p>
<p>The link works once, for 24 hours. If you did not sign up, you can ignore this message.</p>`,
  text: `{{greeting name}}

Welcome to Careers. Please confirm that this is your email address so that you can log in:

{{link}}

The link works once, for 24 hours. If you did not sign up, you can ignore this message.
`,
});
