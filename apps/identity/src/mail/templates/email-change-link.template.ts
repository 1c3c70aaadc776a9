import { defineMailTemplate } from '@careers/mail';

export const emailChangeLinkTemplate = defineMailTemplate<{
  name: string;
  institutionName: string;
  link: string;
}>({
  name: 'identity.email-change-link',
  subject: 'Confirm your new email address',
  html: `<p>{{greeting name}}</p>
<p>{{institutionName}} career services changed the email address of your Careers account to this one. Please
confirm it:</p>
<p><a href="{{link}}">Confirm my new email address</a></p>
<p>The link works once, for 24 hours. Until you confirm, your account keeps its old address.</p>`,
  text: `{{greeting name}}

{{institutionName}} career services changed the email address of your Careers account to this one. Please
confirm it:

{{link}}

The link works once, for 24 hours. Until you confirm, your account keeps its old address.
`,
});
