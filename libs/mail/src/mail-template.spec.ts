import { defineMailTemplate } from './mail-template';

const greeting = defineMailTemplate<{ name: string; link: string }>({
  name: 'greeting',
  subject: 'Welcome, {{name}}',
  html: '<p>Hello {{name}}, <a href="{{link}}">start here</a>.</p>',
  text: 'Hello {{name}}, start here: {{link}}',
});

describe('MailTemplate', () => {
  it('renders the subject, the HTML and the text with the data', () => {
    const mail = greeting.render({ name: 'Ada', link: 'https://example.test/start' });

    expect(mail).toEqual({
      subject: 'Welcome, Ada',
      html: '<p>Hello Ada, <a href="https://example.test/start">start here</a>.</p>',
      text: 'Hello Ada, start here: https://example.test/start',
    });
  });

  it('escapes values in the HTML body but not in the text body or the subject', () => {
    const mail = greeting.render({ name: '<script>x</script> & Co', link: 'https://example.test/?a=1&b=2' });

    expect(mail.html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; Co');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain('<script>x</script> & Co');
    expect(mail.text).toContain('https://example.test/?a=1&b=2');
    expect(mail.subject).toBe('Welcome, <script>x</script> & Co');
  });

  it('refuses to render when a value is missing', () => {
    expect(() => greeting.render({ name: 'Ada' } as { name: string; link: string })).toThrow(/link/);
  });
});
