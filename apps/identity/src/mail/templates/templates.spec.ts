import Handlebars from 'handlebars';
import type { RenderedMail } from '@careers/mail';
import { accountExistsTemplate } from './account-exists.template';
import { activationTemplate } from './activation.template';
import { claimAccountTemplate } from './claim-account.template';
import { emailChangeCodeTemplate } from './email-change-code.template';
import { emailChangeLinkTemplate } from './email-change-link.template';
import { emailChangeNoticeTemplate } from './email-change-notice.template';
import { emailRestoredTemplate } from './email-restored.template';
import { lookalikeEmailTemplate } from './lookalike-email.template';
import { namesakeClaimTemplate } from './namesake-claim.template';
import { passwordResetTemplate } from './password-reset.template';
import { staffInvitationTemplate } from './staff-invitation.template';
import { staffInvitedTemplate } from './staff-invited.template';
import { verifyEmailTemplate } from './verify-email.template';

const link = 'https://careers.example/verify?token=abc&x=1';

/** Each mail, rendered for a person's name, with the values it must show. */
const MAILS: Array<[string, (name: string) => RenderedMail, string[]]> = [
  ['verify email', (name) => verifyEmailTemplate.render({ name, link }), [link]],
  ['account exists', (name) => accountExistsTemplate.render({ name, resetLink: link }), [link]],
  ['password reset', (name) => passwordResetTemplate.render({ name, link }), [link]],
  ['claim account', (name) => claimAccountTemplate.render({ name, link }), [link]],
  [
    'activation',
    (name) => activationTemplate.render({ name, institutionName: 'Harbor & Co', link }),
    [link, 'Harbor & Co'],
  ],
  [
    'namesake claim',
    (name) => namesakeClaimTemplate.render({ name, institutionName: 'Harbor & Co', link }),
    [link, 'Harbor & Co'],
  ],
  [
    'staff invitation',
    (name) => staffInvitationTemplate.render({ name, institutionName: 'Harbor & Co', link }),
    [link, 'Harbor & Co'],
  ],
  [
    'staff invited',
    (name) => staffInvitedTemplate.render({ name, institutionName: 'Harbor', link }),
    [link, 'Harbor'],
  ],
  [
    'email change code',
    (name) => emailChangeCodeTemplate.render({ name, code: '042917', minutes: 15 }),
    ['042917', '15 minutes'],
  ],
  [
    'email change notice',
    (name) => emailChangeNoticeTemplate.render({ name, newEmail: 'new@example.test', cancelLink: link }),
    ['new@example.test', link],
  ],
  [
    'email change link',
    (name) => emailChangeLinkTemplate.render({ name, institutionName: 'Harbor', link }),
    [link],
  ],
  [
    'email restored',
    (name) => emailRestoredTemplate.render({ name, changedEmail: 'taken@example.test', link }),
    ['taken@example.test', link],
  ],
];

describe("identity's mail templates", () => {
  it.each(MAILS)('renders the %s mail with its values, escaped in HTML only', (_label, render, values) => {
    const mail = render('Ada <Lovelace> & Co');

    expect(mail.subject).not.toBe('');
    expect(mail.text).toContain('Hello Ada <Lovelace> & Co,');
    expect(mail.html).toContain('Hello Ada &lt;Lovelace&gt; &amp; Co,');
    expect(mail.html).not.toContain('<Lovelace>');
    for (const value of values) {
      expect(mail.text).toContain(value);
      expect(mail.html).toContain(Handlebars.escapeExpression(value));
    }
  });

  describe.each(MAILS)('the %s mail', (_label, render) => {
    it.each(['J.R.R. Tolkien', 'Zoë', '王秀英', 'محمد بن سلمان'])('greets %s by name', (name) => {
      const mail = render(name);

      expect(mail.text).toContain(`Hello ${name},`);
      expect(mail.html).toContain(`Hello ${Handlebars.escapeExpression(name)},`);
    });

    it.each(['Eve\nhttp://evil.example', 'Eve www.evil.example', 'Claim at evil.example'])(
      'greets neutrally, without the name, someone named %j',
      (name) => {
        const mail = render(name);

        expect(mail.text).toMatch(/^Hello,\n/);
        expect(mail.html).toMatch(/^<p>Hello,<\/p>/);
        expect(`${mail.subject}${mail.text}${mail.html}`).not.toContain('evil');
      },
    );
  });

  it('renders the look-alike address mail, which names nobody', () => {
    const mail = lookalikeEmailTemplate.render({});
    expect(mail.subject).toBe('Your Careers account could not be created');
    expect(mail.text).toContain('looks the same as the');
  });
});
