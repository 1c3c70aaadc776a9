import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { queueMail } from '@careers/mail';
import { issueToken, withdrawTokens } from '../credentials/one-time-tokens';
import { MailLinks } from '../mail/mail-links';
import { emailRestoredTemplate } from '../mail/templates/email-restored.template';
import type { User } from '../users/user.entity';
import { EmailTaken } from '../users/user-errors';
import { lockLookalikes } from '../users/lookalike-emails';
import { recordUserEmailChanged } from '../users/user-events';
import { isEmailTaken } from '../users/user-lookup';
import { EmailChange } from './email-change.entity';
import { EmailChangeNotFound } from './email-change-errors';
import { EmailRestore } from './email-restore.entity';

/** How long the old address can undo a confirmed change. */
const RESTORE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Undoing a confirmed email change from the old address. Whoever confirmed from the new address may have set a
 * password and signed in there: the address comes back, the password is cleared, every session from before is
 * signed out, every link waiting is withdrawn, and the old address gets a link to choose a new password.
 */
@Injectable()
export class EmailRestores {
  constructor(private readonly links: MailLinks) {}

  /** After a change is confirmed: its stop link (digest) now undoes it, for RESTORE_LIFETIME_MS. */
  keep(em: EntityManager, user: User, previousEmail: string, digest: string): void {
    em.persist(new EmailRestore(user, previousEmail, digest, RESTORE_LIFETIME_MS));
  }

  async undo(em: EntityManager, digest: string): Promise<void> {
    const restore = await em.findOne(
      EmailRestore,
      { digest, expiresAt: { $gt: new Date() } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['user'] },
    );
    if (!restore) throw new EmailChangeNotFound();
    const user = restore.user;
    await lockLookalikes(em, restore.previousEmail);
    if (await isEmailTaken(em, restore.previousEmail)) throw new EmailTaken('email');
    const changedEmail = user.email;
    user.changeEmail(restore.previousEmail);
    user.passwordHash = null;
    user.sessionsValidFrom = new Date();
    await withdrawTokens(em, user);
    await em.nativeDelete(EmailChange, { user });
    await em.nativeDelete(EmailRestore, { user });
    recordUserEmailChanged(em, user, changedEmail);
    const token = await issueToken(em, user, 'reset_password');
    queueMail(em, user.email, emailRestoredTemplate, {
      name: user.name,
      changedEmail,
      link: this.links.resetPassword(token),
    });
  }
}
