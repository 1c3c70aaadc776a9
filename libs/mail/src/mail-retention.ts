import type { PruneRule } from '@careers/persistence';
import type { MailingServiceConfig } from './mailing-service-config';

/**
 * Mails sent, and mails that failed for good, once their period is over (their bodies were already forgotten: what is
 * left says who was mailed what and when). A message still queued is never pruned. A failed message's time is its last
 * attempt's, which the queue's own index on (status, next attempt) finds.
 */
export function mailPruneRules(config: MailingServiceConfig): PruneRule[] {
  return [
    {
      kind: 'sent mails',
      table: 'mail_message',
      keepDays: config.SENT_MAIL_RETENTION_DAYS,
      due: `"status" = 'sent' and "sent_at" < :cutoff`,
    },
    {
      kind: 'failed mails',
      table: 'mail_message',
      keepDays: config.FAILED_MAIL_RETENTION_DAYS,
      due: `"status" = 'failed' and "next_attempt_at" < :cutoff`,
    },
  ];
}
