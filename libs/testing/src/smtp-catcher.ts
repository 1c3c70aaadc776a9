import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './wait-for';

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

/** Recipients at this domain are refused for good (550), to test permanent failures. */
export const REFUSED_MAIL_DOMAIN = 'refused.test';

/**
 * A real SMTP server inside the test: it keeps every message for the test to read, and refuses recipients at
 * `REFUSED_MAIL_DOMAIN`.
 */
export class SmtpCatcher {
  readonly messages: CaughtMail[] = [];
  private server?: SMTPServer;

  private constructor(
    /** 0 until the first listen picks a free port; kept for `resume()`. */
    private boundPort: number,
    private readonly onMail?: (mail: CaughtMail) => void,
  ) {}

  get port(): number {
    return this.boundPort;
  }

  /** On the given port (a free one by default); `onMail` hears of each message as it arrives. */
  static async start(
    options: { port?: number; onMail?: (mail: CaughtMail) => void } = {},
  ): Promise<SmtpCatcher> {
    const catcher = new SmtpCatcher(options.port ?? 0, options.onMail);
    await catcher.listen();
    return catcher;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Stops accepting connections (the port is refused) until `resume()`. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  resume(): Promise<void> {
    return this.listen();
  }

  /** The mails sent to this address so far. */
  to(address: string): CaughtMail[] {
    const wanted = address.toLowerCase();
    return this.messages.filter((mail) => mail.to.includes(wanted));
  }

  /**
   * The distinct mails each address received whose subject matches, by Message-ID (a mail sent again is still one
   * mail).
   */
  messageIdsPerAddress(subject = /.*/): Map<string, Set<string>> {
    const received = new Map<string, Set<string>>();
    for (const mail of this.messages.filter((caught) => subject.test(caught.subject))) {
      for (const address of mail.to) {
        const ids = received.get(address) ?? new Set<string>();
        ids.add(mail.messageId);
        received.set(address, ids);
      }
    }
    return received;
  }

  /** Waits for the nth (default: first) mail to this address whose subject matches. */
  waitForMail(address: string, subject = /.*/, timeoutMs = 15_000): Promise<CaughtMail> {
    return waitFor(
      `a mail to ${address} with subject ${subject}`,
      async () => this.to(address).find((mail) => subject.test(mail.subject)),
      timeoutMs,
    );
  }

  private listen(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (address.address.toLowerCase().endsWith(`@${REFUSED_MAIL_DOMAIN}`)) {
          callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        } else {
          callback();
        }
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            const mail: CaughtMail = {
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
            };
            this.messages.push(mail);
            this.onMail?.(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      let listening = false;
      // Before it listens, an error is the server's own; after, it is a client's connection failing (a service killed
      // mid-send resets its connections): that client's mail is not caught, which is what tests look at.
      server.on('error', (error) => {
        if (!listening) reject(error);
      });
      server.listen(this.boundPort, '127.0.0.1', () => {
        listening = true;
        this.boundPort = (server.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }
}
