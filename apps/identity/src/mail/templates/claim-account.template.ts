import { defineMailTemplate } from '@careers/mail';

/** To a person their school loaded, who asked to sign up or for a reset with that address: the link to claim it. */
export const claimAccountTemplate = defineMailTemplate<{ name: string; link: string }>({
  name: 'identity.claim-account',
  subject: 'Set your password to sign in to Careers',
  html: `<p>{{greeting name}}</p>
<p>Your school has already made you a Careers account with this email address, so you do not need a new one. Set
your password and sign in with this address.</p>
<p><a href="{{link}}">Set your password</a></p>
<p>The link works once, for seven days. If you did not ask for it, you can ignore this message.</p>`,
  text: `{{greeting name}}

Your school has already made you a Careers account with this email address, so you do not need a new one. Set
your password and sign in with this address:

{{link}}

The link works once, for seven days. If you did not ask for it, you can ignore this message.
`,
});
