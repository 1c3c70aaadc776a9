import { LockMode, MikroORM } from '@mikro-orm/core';
import { gauge } from '@careers/messaging';
import { WorkLoop } from '@careers/persistence';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { MailMessage, MailStatus } from './mail-message.entity';
import { MAIL_OPTIONS, MailOptions } from './mail-options';
import { describeSmtpFailure, isPermanentSmtpFailure } from './smtp-failure';

const BATCH_SIZE = 200;
/** SMTP connections kept open and used at once: a batch goes out in parallel over them. */
const SMTP_CONNECTIONS = 16;

/**
 * Sends the service's mail queue over SMTP. A message that cannot be sent (SMTP server down, a 4xx answer) waits and
 * is retried with backoff; it is marked sent in the same transaction that claimed it, so it goes out once. Replicas
 * share the queue: rows are claimed with `FOR UPDATE SKIP LOCKED`.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailDispatcher.name);
  private readonly transport: Transporter;
  private readonly pollMs: number;
  private readonly retryBaseMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly maxAttempts: number;
  private readonly loop = new WorkLoop();

  constructor(
    private readonly orm: MikroORM,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.retryBaseMs = options.retryBaseMs ?? 2000;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 10 * 60 * 1000;
    this.maxAttempts = options.maxAttempts ?? 30;
    this.transport = createTransport({
      url: options.smtpUrl,
      pool: true,
      maxConnections: SMTP_CONNECTIONS,
      maxMessages: 1000,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  onApplicationBootstrap(): void {
    this.measureQueue();
    this.loop.wakeOnFlushOf(this.orm, MailMessage);
    this.loop.start(() => this.step());
  }

  /** How many messages wait to be sent (new ones and ones waiting to be tried again), read at each scrape. */
  private measureQueue(): void {
    const orm = this.orm;
    gauge({
      name: 'mail_messages_queued',
      help: 'Mail messages waiting to be handed to the SMTP server (new, or to be tried again).',
      async collect() {
        this.set(await orm.em.fork().count(MailMessage, { status: MailStatus.Queued }));
      },
    });
  }

  /** Messages were queued outside a flush (`queueMails`): send them now rather than at the next poll. */
  wake(): void {
    this.loop.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    this.transport.close();
  }

  private async step(): Promise<number> {
    try {
      return (await this.sendDue()) === BATCH_SIZE ? 0 : this.pollMs;
    } catch (error) {
      this.logger.error({ err: error }, 'Mail queue could not be read; will retry');
      return this.pollMs;
    }
  }

  /** Sends the messages that are due; returns how many it tried. */
  async sendDue(): Promise<number> {
    return this.orm.em.fork().transactional(async (em) => {
      const due = await em.find(
        MailMessage,
        { status: MailStatus.Queued, nextAttemptAt: { $lte: new Date() } },
        {
          orderBy: { nextAttemptAt: 'asc' },
          limit: BATCH_SIZE,
          lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        },
      );
      await Promise.all(due.map((message) => this.send(message)));
      return due.length;
    });
  }

  private async send(message: MailMessage): Promise<void> {
    message.attempts += 1;
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: message.recipient,
        subject: message.subject,
        html: message.html,
        text: message.text,
        // The same id on every attempt, so that a receiver can tell a repeat.
        messageId: `<${message.id}@careers.mail>`,
      });
      message.status = MailStatus.Sent;
      message.sentAt = new Date();
      message.lastError = undefined;
      forgetBodies(message);
    } catch (error) {
      message.lastError = describeSmtpFailure(error);
      if (isPermanentSmtpFailure(error) || message.attempts >= this.maxAttempts) {
        message.status = MailStatus.Failed;
        forgetBodies(message);
        this.logger.error(`Mail ${message.id} (${message.template}) failed for good: ${message.lastError}`);
      } else {
        const delay = Math.min(this.retryBaseMs * 2 ** (message.attempts - 1), this.maxRetryDelayMs);
        message.nextAttemptAt = new Date(Date.now() + delay);
        this.logger.warn(
          `Mail ${message.id} (${message.template}) not sent, retrying in ${delay} ms: ${message.lastError}`,
        );
      }
    }
  }
}

/**
 * A message's bodies hold working links and codes, whose services keep only digests: once the message is sent (or
 * never will be), the queue keeps who was mailed what and when, not the secrets.
 */
function forgetBodies(message: MailMessage): void {
  message.html = '';
  message.text = '';
}
