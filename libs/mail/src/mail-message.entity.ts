import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { RenderedMail } from './mail-template';

export enum MailStatus {
  Queued = 'queued',
  Sent = 'sent',
  /** The SMTP server refused it for good (a 5xx answer) or it ran out of attempts. */
  Failed = 'failed',
}

/** A message in the sending service's durable mail queue: written with the change that causes it, sent afterwards. */
@Entity({ tableName: 'mail_message' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class MailMessage {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  recipient: string;

  @Property({ type: 'text' })
  template: string;

  @Property({ type: 'text' })
  subject: string;

  @Property({ type: 'text' })
  html: string;

  @Property({ type: 'text' })
  text: string;

  @Property({ type: 'text' })
  status: MailStatus = MailStatus.Queued;

  @Property({ type: 'integer' })
  attempts = 0;

  @Property({ type: 'timestamptz' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Property({ type: 'timestamptz' })
  queuedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date;

  constructor(recipient: string, template: string, mail: RenderedMail) {
    this.recipient = recipient;
    this.template = template;
    this.subject = mail.subject;
    this.html = mail.html;
    this.text = mail.text;
  }
}
