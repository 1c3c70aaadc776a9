import { defineMailTemplate } from '@careers/mail';

export const passwordResetTemplate = defineMailTemplate<{ name: string; link: string }>({
  name: 'identity.password-reset',
  subject: 'Choose a new password',
  html: `<p>{{greeting name}}</p>
<p>We received a request to reset the password of your Careers account.</p>
<p><a href="{{link}}">Choose a new password</a></p>
<p>The link works once, for one hour. If you did not ask for it, you can ignore this message: your password stays
as it is.</p>`,
  text: `{{greeting name}}

We received a request to reset the password of your Careers account. Choose a new password here:

{{link}}

The link works once, for one hour. If you did not ask for it, you can ignore this message: your password stays
as it is.
`,
});
