import Handlebars from 'handlebars';
import { accountExistsTemplate } from './account-exists.template';
import { emailChangeCodeTemplate } from './email-change-code.template';
import { emailChangeLinkTemplate } from './email-change-link.template';
import { emailChangeNoticeTemplate } from './email-change-notice.template';
import { emailRestoredTemplate } from './email-restored.template';
import { lookalikeEmailTemplate } from './lookalike-email.template';
import { passwordResetTemplate } from './password-reset.template';
import { staffInvitationTemplate } from './staff-invitation.template';
import { staffInvitedTemplate } from './staff-invited.template';
import { verifyEmailTemplate } from './verify-email.template';

const name = 'Ada <Lovelace> & Co';
const link = 'https://careers.example/verify?token=abc&x=1';

describe("identity's mail templates", () => {
  it.each([
    ['verify email', verifyEmailTemplate.render({ name, link }), [link]],
    ['account exists', accountExistsTemplate.render({ name, resetLink: link }), [link]],
    ['password reset', passwordResetTemplate.render({ name, link }), [link]],
    [
      'staff invitation',
      staffInvitationTemplate.render({ name, institutionName: 'Harbor & Co', link }),
      [link, 'Harbor & Co'],
    ],
    [
      'staff invited',
      staffInvitedTemplate.render({ name, institutionName: 'Harbor', link }),
      [link, 'Harbor'],
    ],
    [
      'email change code',
      emailChangeCodeTemplate.render({ name, code: '042917', minutes: 15 }),
      ['042917', '15 minutes'],
    ],
    [
      'email change notice',
      emailChangeNoticeTemplate.render({ name, newEmail: 'new@example.test', cancelLink: link }),
      ['new@example.test', link],
    ],
    ['email change link', emailChangeLinkTemplate.render({ name, institutionName: 'Harbor', link }), [link]],
    [
      'email restored',
      emailRestoredTemplate.render({ name, changedEmail: 'taken@example.test', link }),
      ['taken@example.test', link],
    ],
  ])('renders the %s mail with its values, escaped in HTML only', (_label, mail, values) => {
    expect(mail.subject).not.toBe('');
    expect(mail.text).toContain(name);
    expect(mail.html).toContain('Ada &lt;Lovelace&gt; &amp; Co');
    expect(mail.html).not.toContain('<Lovelace>');
    for (const value of values) {
      expect(mail.text).toContain(value);
      expect(mail.html).toContain(Handlebars.escapeExpression(value));
    }
  });

  it('renders the look-alike address mail, which names nobody', () => {
    const mail = lookalikeEmailTemplate.render({});
    expect(mail.subject).toBe('Your Careers account could not be created');
    expect(mail.text).toContain('looks the same as the');
  });
});
