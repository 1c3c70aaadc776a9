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
  const message = new MailMessage(recipient, template.name, template.render(data));
  em.persist(message);
  return message;
}
