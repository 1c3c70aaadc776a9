import { defineMailTemplate } from '@careers/mail';

export const emailChangeCodeTemplate = defineMailTemplate<{ name: string; code: string; minutes: number }>({
  name: 'identity.email-change-code',
  subject: 'Your code to confirm your new email address',
  html: `<p>{{greeting name}}</p>
<p>Enter this code in Careers to make this your account's email address:</p>
<p style="font-size: 24px; letter-spacing: 4px;"><strong>{{code}}</strong></p>
<p>The code works for {{minutes}} minutes. If you did not ask for this change, you can ignore this message.</p>`,
  text: `{{greeting name}}

Enter this code in Careers to make this your account's email address:

{{code}}

The code works for {{minutes}} minutes. If you did not ask for this change, you can ignore this message.
`,
});
