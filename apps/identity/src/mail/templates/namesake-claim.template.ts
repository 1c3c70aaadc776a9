import { defineMailTemplate } from '@careers/mail';

/**
 * To a person their school loaded, when someone of the same name asks to join that school from another address: it
 * goes to the loaded address only, so the one who asked learns nothing about it.
 */
export const namesakeClaimTemplate = defineMailTemplate<{
  name: string;
  institutionName: string;
  link: string;
}>({
  name: 'identity.namesake-claim',
  subject: 'Your {{institutionName}} account on Careers is waiting for you',
  html: `<p>{{greeting name}}</p>
<p>Someone with your name, perhaps you, asked to join <strong>{{institutionName}}</strong> on Careers from another
email address. {{institutionName}} has already made you an account with this address: try this one instead, and
the school will not need to review a request.</p>
<p><a href="{{link}}">Set your password</a> and sign in with this address.</p>
<p>The link works once, for seven days. If it was not you, you can ignore this message.</p>`,
  text: `{{greeting name}}

Someone with your name, perhaps you, asked to join {{institutionName}} on Careers from another email address.
{{institutionName}} has already made you an account with this address: try this one instead, and the school will
not need to review a request.

Set your password and sign in with this address: {{link}}

The link works once, for seven days. If it was not you, you can ignore this message.
`,
});
