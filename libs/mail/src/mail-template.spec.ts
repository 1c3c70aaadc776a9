import { defineMailTemplate } from './mail-template';

const welcome = defineMailTemplate<{ name: string; institutionName: string; link: string }>({
  name: 'welcome',
  subject: 'Welcome to {{institutionName}}',
  html: '<p>{{greeting name}}</p><p><a href="{{link}}">start here</a>.</p>',
  text: '{{greeting name}}\nStart here: {{link}}',
});

describe('MailTemplate', () => {
  it('renders the subject, the HTML and the text with the data', () => {
    const mail = welcome.render({
      name: 'Ada',
      institutionName: 'Harbor',
      link: 'https://example.test/start',
    });

    expect(mail).toEqual({
      subject: 'Welcome to Harbor',
      html: '<p>Hello Ada,</p><p><a href="https://example.test/start">start here</a>.</p>',
      text: 'Hello Ada,\nStart here: https://example.test/start',
    });
  });

  it('escapes values in the HTML body but not in the text body or the subject', () => {
    const mail = welcome.render({
      name: '<script>x</script> & Co',
      institutionName: 'Harbor & Sons',
      link: 'https://example.test/?a=1&b=2',
    });

    expect(mail.html).toContain('Hello &lt;script&gt;x&lt;/script&gt; &amp; Co,');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain('Hello <script>x</script> & Co,');
    expect(mail.text).toContain('https://example.test/?a=1&b=2');
    expect(mail.subject).toBe('Welcome to Harbor & Sons');
  });

  it('greets neutrally, in both bodies, a name that a mail client could turn into a link', () => {
    const mail = welcome.render({
      name: 'Eve\nhttp://evil.example',
      institutionName: 'Harbor',
      link: 'https://example.test/start',
    });

    expect(mail.html).toMatch(/^<p>Hello,<\/p>/);
    expect(mail.text).toMatch(/^Hello,\n/);
    expect(`${mail.html}${mail.text}`).not.toContain('evil');
  });

  it('refuses to render when a value is missing, a name as any other', () => {
    expect(() => welcome.render({ name: 'Ada', institutionName: 'Harbor' } as never)).toThrow(/link/);
    expect(() =>
      welcome.render({ institutionName: 'Harbor', link: 'https://example.test' } as never),
    ).toThrow(/person's name/);
  });

  it.each([
    ['in the text body', { text: 'Hello {{name}},' }],
    ['in the HTML body, unescaped', { html: '<p>Hello {{{name}}},</p>' }],
    ['in the subject, as a first name', { subject: 'For {{firstName}}' }],
    ['inside a block, from the outer data', { text: '{{#if link}}Dear {{../lastName}}{{/if}}' }],
    ['through another helper', { text: '{{#with requesterName}}{{this}}{{/with}}' }],
    ['as a nested value', { text: 'Hello {{recipient.name}}' }],
  ])('refuses, when it is defined, a template that prints a person name %s', (_label, parts) => {
    const source = {
      name: 'careless',
      subject: 'Hi',
      html: '<p>{{greeting name}}</p>',
      text: 'Hi',
      ...parts,
    };

    expect(() => defineMailTemplate(source)).toThrow(/The mail template careless prints .+ raw/);
  });

  it("prints an organisation's name as it is", () => {
    expect(() =>
      defineMailTemplate({
        name: 'fine',
        subject: '{{institutionName}}',
        html: '{{institutionName}}',
        text: '',
      }),
    ).not.toThrow();
  });
});
