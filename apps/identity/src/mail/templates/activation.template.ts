import { defineMailTemplate } from '@careers/mail';

/** Staff's activation email to a person their school loaded: the link to set a password and sign in. */
export const activationTemplate = defineMailTemplate<{ name: string; institutionName: string; link: string }>(
  {
    name: 'identity.activation',
    subject: '{{institutionName}} has made you a Careers account',
    html: `<p>{{greeting name}}</p>
<p><strong>{{institutionName}}</strong> has made you a Careers account with this email address, for its career
services: jobs, events and appointments.</p>
<p><a href="{{link}}">Set your password</a> and sign in with this address.</p>
<p>The link works once, for seven days. If you forget, ask for a new password with this address at any time.</p>`,
    text: `{{greeting name}}

{{institutionName}} has made you a Careers account with this email address, for its career services: jobs, events
and appointments.

Set your password and sign in with this address: {{link}}

The link works once, for seven days. If you forget, ask for a new password with this address at any time.
`,
  },
);
