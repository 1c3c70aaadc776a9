import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { PasswordResetConfirmRequest, UserReply } from '@careers/contracts';
import { queueMail } from '@careers/mail';
import { AccountRequest } from '../account-requests/account-request.entity';
import { AccountClaims, isUnclaimed } from '../claims/account-claims';
import { PasswordHasher } from '../auth/password-hasher';
import { issueToken, redeemToken } from '../credentials/one-time-tokens';
import { assertStrongPassword } from '../credentials/password-policy';
import { MailLinks } from '../mail/mail-links';
import { passwordResetTemplate } from '../mail/templates/password-reset.template';
import type { User } from '../users/user.entity';
import { recordUserUpdated } from '../users/user-events';
import { findUserByEmail, getUser } from '../users/user-lookup';

/** Forgotten passwords, and the first password of people others added (staff): both through a link by mail. */
@Injectable()
export class PasswordsService {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly links: MailLinks,
    private readonly claims: AccountClaims,
  ) {}

  /**
   * Takes in a request for a reset link, the same work for every email: whether it has an account is read in the
   * background (AccountRequestWorker), so the answer's time says nothing about it.
   */
  takeIn(em: EntityManager, email: string): void {
    em.persist(new AccountRequest('password_reset', email));
  }

  /** Sends a reset link when the email has an account; an account the school loaded, the link to claim it. */
  async send(em: EntityManager, email: string): Promise<void> {
    const user = await findUserByEmail(em, email);
    if (!user || user.status === 'disabled') return;
    if (isUnclaimed(user)) return this.claims.sendLink(em, user);
    const token = await issueToken(em, user, 'reset_password');
    queueMail(em, user.email, passwordResetTemplate, {
      name: user.name,
      link: this.links.resetPassword(token),
    });
  }

  async confirm(em: EntityManager, request: PasswordResetConfirmRequest): Promise<UserReply> {
    const user = await em.transactional((tx) => this.newPassword(tx, request));
    return (await getUser(em.fork(), user.id)).toReply();
  }

  private async newPassword(em: EntityManager, request: PasswordResetConfirmRequest): Promise<User> {
    const token = await redeemToken(em, ['reset_password', 'set_password'], request.token);
    const user = token.user;
    assertStrongPassword('password', request.password, user.email, user.name);
    user.passwordHash = await this.hasher.hash(request.password);
    // The link came to the address, so the address is verified too.
    if (user.status === 'pending_verification') {
      user.status = 'active';
      recordUserUpdated(em, user);
    }
    return user;
  }
}
