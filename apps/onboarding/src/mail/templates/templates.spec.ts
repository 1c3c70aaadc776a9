import type { RenderedMail } from '@careers/mail';
import { INVITE_MAILS } from '../invite-mails';
import { joinRequestApprovedTemplate } from './join-request-approved.template';

const markupName = 'Ada <Lovelace> & Co';
const link = 'https://careers.example/login?next=a&b=1';

/** Each mail, rendered for a person's name. */
const MAILS: Array<[string, (name: string) => RenderedMail]> = [
  [
    'approval',
    (name) => joinRequestApprovedTemplate.render({ name, institutionName: 'Harbor & Sons', loginLink: link }),
  ],
  ...Object.entries(INVITE_MAILS).map(([outcome, template]): [string, (name: string) => RenderedMail] => [
    `${outcome} invitation`,
    (firstName) =>
      template.render({
        firstName,
        institutionName: 'Harbor & Sons',
        link,
        expiresOn: 'Sat, 28 Nov 2026 08:00:00 GMT',
      }),
  ]),
];

describe("onboarding's mail templates", () => {
  it('renders the approval mail with the institution, escaped in HTML only', () => {
    const mail = joinRequestApprovedTemplate.render({
      name: markupName,
      institutionName: 'Harbor & Sons',
      loginLink: link,
    });

    expect(mail.subject).toBe('Harbor & Sons approved your request');
    expect(mail.text).toContain('Hello Ada <Lovelace> & Co,');
    expect(mail.text).toContain(link);
    expect(mail.html).toContain('Ada &lt;Lovelace&gt; &amp; Co');
    expect(mail.html).toContain('Harbor &amp; Sons');
    expect(mail.html).not.toContain('<Lovelace>');
  });

  it.each(Object.entries(INVITE_MAILS))(
    'renders the %s invitation with its link and the institution',
    (_outcome, template) => {
      const mail = template.render({
        firstName: markupName,
        institutionName: 'Harbor & Sons',
        link,
        expiresOn: 'Sat, 28 Nov 2026 08:00:00 GMT',
      });

      expect(mail.subject).toContain('Harbor & Sons');
      expect(mail.text).toContain(link);
      expect(mail.text).toContain('Hello Ada <Lovelace> & Co,');
      expect(mail.html).toContain('Ada &lt;Lovelace&gt; &amp; Co');
      expect(mail.html).toContain(link.replace(/&/g, '&amp;').replace(/=/g, '&#x3D;'));
      expect(mail.html).not.toContain('<Lovelace>');
    },
  );

  describe.each(MAILS)('the %s mail', (_label, render) => {
    it.each(["Anne-Marie O'Neil", 'Zoë', '王秀英'])('greets %s by name', (name) => {
      expect(render(name).text).toContain(`Hello ${name},`);
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
});
