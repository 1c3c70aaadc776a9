import { INVITE_MAILS } from '../invite-mails';
import { joinRequestApprovedTemplate } from './join-request-approved.template';

const name = 'Ada <Lovelace> & Co';
const link = 'https://careers.example/login?next=a&b=1';

describe("onboarding's mail templates", () => {
  it('renders the approval mail with the institution, escaped in HTML only', () => {
    const mail = joinRequestApprovedTemplate.render({
      name,
      institutionName: 'Harbor & Sons',
      loginLink: link,
    });

    expect(mail.subject).toBe('Harbor & Sons approved your request');
    expect(mail.text).toContain('Hello Ada <Lovelace> & Co');
    expect(mail.text).toContain(link);
    expect(mail.html).toContain('Ada &lt;Lovelace&gt; &amp; Co');
    expect(mail.html).toContain('Harbor &amp; Sons');
    expect(mail.html).not.toContain('<Lovelace>');
  });

  it.each(Object.entries(INVITE_MAILS))(
    'renders the %s invitation with its link and the institution',
    (_outcome, template) => {
      const mail = template.render({
        firstName: name,
        institutionName: 'Harbor & Sons',
        link,
        expiresOn: 'Sat, 28 Nov 2026 08:00:00 GMT',
      });

      expect(mail.subject).toContain('Harbor & Sons');
      expect(mail.text).toContain(link);
      expect(mail.text).toContain('Hello Ada <Lovelace> & Co');
      expect(mail.html).toContain('Ada &lt;Lovelace&gt; &amp; Co');
      expect(mail.html).toContain(link.replace(/&/g, '&amp;').replace(/=/g, '&#x3D;'));
      expect(mail.html).not.toContain('<Lovelace>');
    },
  );
});
