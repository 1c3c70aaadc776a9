import { defineMailTemplate } from '@careers/mail';

export const accountExistsTemplate = defineMailTemplate<{ name: string; resetLink: string }>({
  name: 'identity.account-exists',
  subject: 'Someone tried to sign up with your email address',
  html: `<p>{{greeting name}}</p>
<p>Someone, perhaps you, tried to create a Careers account with this email address. You already have one, so
nothing was changed.</p>
<p>If you have forgotten your password, you can <a href="{{resetLink}}">choose a new one</a>. If it was not you,
you can ignore this message.</p>`,
  text: `{{greeting name}}

Someone, perhaps you, tried to create a Careers account with this email address. You already have one, so
nothing was changed.

If you have forgotten your password, you can choose a new one here: {{resetLink}}
If it was not you, you can ignore this message.
`,
});
