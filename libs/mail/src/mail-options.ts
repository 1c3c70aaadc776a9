export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');

export interface MailOptions {
  /** `smtp://user:pass@host:port` or `smtps://...`. */
  smtpUrl: string;
  /** The From header, e.g. `Careers <no-reply@careers.example>`. */
  from: string;
  /** How often the queue is checked when nothing wakes the dispatcher. */
  pollMs?: number;
  /** The first retry waits this long; each further one twice as long, up to `maxRetryDelayMs`. */
  retryBaseMs?: number;
  maxRetryDelayMs?: number;
  /** After this many failed attempts a message is marked failed. */
  maxAttempts?: number;
}
