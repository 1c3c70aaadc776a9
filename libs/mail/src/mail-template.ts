import Handlebars from 'handlebars';
import { GREETING_HELPER, rawPersonNames } from './person-names-in-template';
import { greeting } from './printable-person-name';

/** What a template is written as: Handlebars sources for the subject, the HTML body and the plain-text body. */
export interface MailTemplateSource {
  name: string;
  subject: string;
  html: string;
  text: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

// One Handlebars environment for every template; `strict` makes a missing value an error, not an empty string.
const handlebars = Handlebars.create();
handlebars.registerHelper(GREETING_HELPER, greeting);
const HTML_OPTIONS = { strict: true } as const;
// The subject and the text body are not HTML: escaping would show entities such as &amp; to the reader.
const PLAIN_OPTIONS = { strict: true, noEscape: true } as const;

/**
 * A mail template compiled once, when it is defined. The HTML body escapes every value by default; the data type
 * says which values a template needs. A person's name is printed only through `{{greeting name}}`: a template that
 * prints one otherwise is refused when it is defined.
 */
export class MailTemplate<TData extends object> {
  private readonly subject: Handlebars.TemplateDelegate<TData>;
  private readonly html: Handlebars.TemplateDelegate<TData>;
  private readonly text: Handlebars.TemplateDelegate<TData>;

  constructor(readonly source: MailTemplateSource) {
    const raw = [source.subject, source.html, source.text].flatMap(rawPersonNames);
    if (raw.length > 0) {
      throw new Error(
        `The mail template ${source.name} prints ${raw.join(', ')} raw: a person's name goes through {{${GREETING_HELPER}}}`,
      );
    }
    this.subject = handlebars.compile<TData>(source.subject, PLAIN_OPTIONS);
    this.html = handlebars.compile<TData>(source.html, HTML_OPTIONS);
    this.text = handlebars.compile<TData>(source.text, PLAIN_OPTIONS);
  }

  get name(): string {
    return this.source.name;
  }

  render(data: TData): RenderedMail {
    return {
      subject: this.subject(data).replace(/\s+/g, ' ').trim(),
      html: this.html(data),
      text: this.text(data),
    };
  }
}

export function defineMailTemplate<TData extends object>(source: MailTemplateSource): MailTemplate<TData> {
  return new MailTemplate<TData>(source);
}
