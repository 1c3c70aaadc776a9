import { defineMailTemplate } from '@careers/mail';

/** `no_account`: the contact has no account yet. */
export const inviteCreateAccountTemplate = defineMailTemplate<{
  firstName: string;
  institutionName: string;
  link: string;
  expiresOn: string;
}>({
  name: 'onboarding.invite-create-account',
  subject: '{{institutionName}} invites you to recruit its students on Careers',
  html: `<p>{{greeting firstName}}</p>
<p><strong>{{institutionName}}</strong> invites you to create an employer account on Careers and connect with
its career services, to post jobs and meet its students.</p>
<p><a href="{{link}}">Create your account and join {{institutionName}}</a> (the link works until {{expiresOn}}).</p>`,
  text: `{{greeting firstName}}

{{institutionName}} invites you to create an employer account on Careers and connect with its career services,
to post jobs and meet its students.

Create your account and join {{institutionName}}: {{link}}
(The link works until {{expiresOn}}.)
`,
});
