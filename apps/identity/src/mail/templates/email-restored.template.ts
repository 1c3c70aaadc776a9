import { defineMailTemplate } from '@careers/mail';

export const emailRestoredTemplate = defineMailTemplate<{ name: string; changedEmail: string; link: string }>(
  {
    name: 'identity.email-restored',
    subject: 'Your email address is back on your Careers account',
    html: `<p>{{greeting name}}</p>
<p>The change of your Careers account's email address to <strong>{{changedEmail}}</strong> was undone: this address
is the account's again. Everyone who was signed in has been signed out and the password was cleared.</p>
<p><a href="{{link}}">Choose a new password</a> (the link works for an hour; after that, ask for a new one on the
sign-in page). Then tell your career services office what happened.</p>`,
    text: `{{greeting name}}

The change of your Careers account's email address to {{changedEmail}} was undone: this address is the account's
again. Everyone who was signed in has been signed out and the password was cleared.

Choose a new password (the link works for an hour; after that, ask for a new one on the sign-in page): {{link}}
Then tell your career services office what happened.
`,
  },
);
