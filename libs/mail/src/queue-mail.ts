import type { EntityManager } from '@mikro-orm/core';
import { MailMessage } from './mail-message.entity';
import type { MailTemplate } from './mail-template';

/**
 * Renders a template and puts the message in the unit of work's mail queue: it is stored by the use case's own
 * flush, in the same transaction as the change that causes it, and sent by the dispatcher afterwards.
 */
export function queueMail<TData extends object>(
  em: EntityManager,
  recipient: string,
  template: MailTemplate<TData>,
  data: TData,
): MailMessage {
  const message = prepareMail(recipient, template, data);
  em.persist(message);
  return message;
}

/** A rendered message for the queue, not yet stored: bulk senders store many at once with `queueMails`. */
export function prepareMail<TData extends object>(
  recipient: string,
  template: MailTemplate<TData>,
  data: TData,
): MailMessage {
  return new MailMessage(recipient, template.name, template.render(data));
}

/**
 * Stores many prepared messages in one statement, in the caller's transaction (no unit of work to track them): the
 * path of bulk sends. The dispatcher finds them on its next round.
 */
export async function queueMails(em: EntityManager, messages: MailMessage[]): Promise<void> {
  if (messages.length > 0) await em.insertMany(MailMessage, messages);
}
