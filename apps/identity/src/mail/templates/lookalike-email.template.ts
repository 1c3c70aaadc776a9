import { defineMailTemplate } from '@careers/mail';

export const lookalikeEmailTemplate = defineMailTemplate<Record<string, never>>({
  name: 'identity.lookalike-email',
  subject: 'Your Careers account could not be created',
  html: `<p>Hello,</p>
<p>Someone asked to create a Careers account with this email address. It cannot be used: it looks the same as the
address of an account that exists already (some of its letters are look-alikes from another alphabet).</p>
<p>If it was you, sign up with another address. If it was not, you need not do anything.</p>`,
  text: `Hello,

Someone asked to create a Careers account with this email address. It cannot be used: it looks the same as the
address of an account that exists already (some of its letters are look-alikes from another alphabet).

If it was you, sign up with another address. If it was not, you need not do anything.
`,
});
