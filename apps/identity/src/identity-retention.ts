import { mailPruneRules } from '@careers/mail';
import type { PruneRule } from '@careers/persistence';
import type { IdentityConfig } from './identity.config';

/**
 * What identity prunes: its mail, and the secrets that expired (link tokens, email changes waiting for their code or
 * link, the old address's undo links, single sign-ons never finished) some days after they expired, so that a late
 * click is still told the link expired rather than that it is unknown. SCIM tokens stay, revoked ones too: the school's
 * administrators see them listed.
 */
export function identityPruneRules(config: IdentityConfig): PruneRule[] {
  const expired = (kind: string, table: string): PruneRule => ({
    kind,
    table,
    keepDays: config.EXPIRED_CREDENTIALS_RETENTION_DAYS,
    due: `"expires_at" < :cutoff`,
  });
  return [
    ...mailPruneRules(config),
    expired('expired link tokens', 'one_time_token'),
    expired('expired email changes', 'email_change'),
    expired('expired email undo links', 'email_restore'),
    expired('expired single sign-on attempts', 'single_sign_on_attempt'),
  ];
}
