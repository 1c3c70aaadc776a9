import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  EmailChangeCancelledReply,
  EmailChangeCommand,
  EmailChangeConfirmCommand,
  EmailChangeStartedReply,
  UserReply,
} from '@careers/contracts';
import { newLinkToken, queueMail, secretDigest } from '@careers/mail';
import { PasswordHasher } from '../auth/password-hasher';
import { issueToken, redeemToken, tokenHolder, withdrawTokens } from '../credentials/one-time-tokens';
import { FilterQuery, LockMode } from '@mikro-orm/core';
import { newCode } from '../credentials/secret';
import { MailLinks } from '../mail/mail-links';
import { emailChangeCodeTemplate } from '../mail/templates/email-change-code.template';
import { emailChangeLinkTemplate } from '../mail/templates/email-change-link.template';
import { emailChangeNoticeTemplate } from '../mail/templates/email-change-notice.template';
import { EmailTaken } from '../users/user-errors';
import { emailKey } from '../users/email-key';
import { User } from '../users/user.entity';
import { recordUserEmailChanged } from '../users/user-events';
import { assertNoLookalike, lockLookalikes } from '../users/lookalike-emails';
import { getUser, isEmailTaken, lockUser } from '../users/user-lookup';
import { AccountNotManagedHere } from '../institution-users/institution-user-errors';
import { managedAloneBy } from '../institution-users/managed-accounts';
import { EmailChange } from './email-change.entity';
import { EmailRestores } from './email-restores';
import {
  CurrentPasswordWrong,
  EmailChangeAttemptsExhausted,
  EmailChangeExpired,
  EmailUnchanged,
  EmailChangeNotFound,
  NoEmailChangePending,
  WrongEmailChangeCode,
} from './email-change-errors';

export const CODE_LIFETIME_MS = 15 * 60 * 1000;
export const CODE_ATTEMPTS = 5;
const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Changing an email: the new address must belong to no other user of any type, must be confirmed from the new
 * address (a code for the person's own change, a link for a change by staff), and the old address is told.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    private readonly links: MailLinks,
    private readonly restores: EmailRestores,
    private readonly hasher: PasswordHasher,
  ) {}

  /** The person asks to change their own email, proving it is them with their current password. */
  async request(em: EntityManager, command: EmailChangeCommand): Promise<EmailChangeStartedReply> {
    const user = await em.findOneOrFail(User, { id: command.userId }, { populate: ['passwordHash'] });
    if (!(await this.hasher.verify(user.passwordHash, command.currentPassword)))
      throw new CurrentPasswordWrong();
    const change = await em.transactional((tx) => this.startWithCode(tx, user, command.newEmail));
    return { newEmail: change.newEmail, expiresAt: change.expiresAt.toISOString() };
  }

  /** The person's own change confirmed with the code sent to the new address. */
  async confirmByCode(em: EntityManager, command: EmailChangeConfirmCommand): Promise<UserReply> {
    await this.confirmCode(em, command.userId, command.code);
    return (await getUser(em.fork(), command.userId)).toReply();
  }

  /** A change by staff confirmed with the link sent to the new address. */
  async confirmByLink(em: EntityManager, token: string): Promise<UserReply> {
    const userId = await em.transactional(async (tx) => {
      // The user first, the order every start and confirmation of a change locks in.
      const holder = await tokenHolder(tx, 'confirm_email_change', token);
      if (holder) await lockUser(tx, holder.userId);
      const redeemed = await redeemToken(tx, ['confirm_email_change'], token);
      await this.confirmLink(tx, redeemed.user);
      return redeemed.user.id;
    });
    return (await getUser(em.fork(), userId)).toReply();
  }

  /**
   * The person's own change: a six-digit code goes to the new address. Each start and confirmation locks the user
   * first, so that changes started at once take turns and the newest replaces the others.
   */
  async startWithCode(em: EntityManager, user: User, newEmail: string): Promise<EmailChange> {
    await lockUser(em, user.id);
    await this.assertAvailable(em, user, newEmail, 'newEmail');
    const change = await this.replacePending(
      em,
      new EmailChange(user, newEmail, 'code', user.id, CODE_LIFETIME_MS, CODE_ATTEMPTS),
    );
    const code = newCode();
    change.codeDigest = secretDigest(code, change.id);
    queueMail(em, change.newEmail, emailChangeCodeTemplate, {
      name: user.name,
      code,
      minutes: CODE_LIFETIME_MS / 60_000,
    });
    this.noticeToOldAddress(em, user, change);
    return change;
  }

  /** A change by the institution's staff: a link goes to the new address, and the change waits for it. */
  async startWithLink(
    em: EntityManager,
    user: User,
    newEmail: string,
    staffId: string,
    institution: { id: string; name: string },
  ): Promise<EmailChange> {
    await lockUser(em, user.id);
    await this.assertAvailable(em, user, newEmail, 'email');
    const change = await this.replacePending(
      em,
      new EmailChange(user, newEmail, 'link', staffId, LINK_LIFETIME_MS, 1),
    );
    change.institutionId = institution.id;
    const token = await issueToken(em, user, 'confirm_email_change');
    queueMail(em, change.newEmail, emailChangeLinkTemplate, {
      name: user.name,
      institutionName: institution.name,
      link: this.links.confirmEmailChange(token),
    });
    this.noticeToOldAddress(em, user, change);
    return change;
  }

  /**
   * Checks a typed code, with the change locked so that codes sent at the same moment are counted one after the
   * other. A wrong one uses up an attempt, and that is committed before the refusal is thrown, so the count holds
   * whatever the caller does with the error.
   */
  async confirmCode(em: EntityManager, userId: string, code: string): Promise<void> {
    const refusal = await em.transactional(async (tx) => {
      await lockUser(tx, userId);
      const change = await this.lockedChange(tx, { user: userId, channel: 'code' });
      if (!change) return new NoEmailChangePending();
      if (change.expired) {
        tx.remove(change);
        return new EmailChangeExpired();
      }
      if (change.codeDigest !== secretDigest(code, change.id)) {
        change.attemptsLeft -= 1;
        if (change.attemptsLeft > 0) return new WrongEmailChangeCode(change.attemptsLeft);
        tx.remove(change);
        return new EmailChangeAttemptsExhausted();
      }
      await this.apply(tx, change);
      return undefined;
    });
    if (refusal) throw refusal;
  }

  /**
   * The link from a staff change was followed (its token already redeemed by the caller, in this transaction). The
   * institution must still manage the account alone: it may have joined another school since.
   */
  async confirmLink(em: EntityManager, user: User): Promise<void> {
    const change = await this.lockedChange(em, { user, channel: 'link' });
    if (!change) throw new NoEmailChangePending();
    if (change.expired) throw new EmailChangeExpired();
    if (change.institutionId) {
      await em.populate(change.user, ['memberships'], { refresh: true });
      const account = { userType: user.userType, memberships: change.user.memberships.getItems() };
      if (!managedAloneBy(account, change.institutionId)) throw new AccountNotManagedHere();
    }
    await this.apply(em, change);
  }

  /**
   * The old address uses the link its notice carried: a change still waiting stops (its code or link no longer
   * works); one confirmed already is undone (EmailRestores).
   */
  async cancel(em: EntityManager, token: string): Promise<EmailChangeCancelledReply> {
    const digest = secretDigest(token);
    const found = await em.findOne(EmailChange, { cancelDigest: digest }, { populate: ['user'] });
    if (!found) {
      await this.restores.undo(em, digest);
      return { outcome: 'undone' };
    }
    // The user, the confirmation link's token, then the change: the order a confirmation locks them in.
    await lockUser(em, found.user.id);
    await withdrawTokens(em, found.user, 'confirm_email_change');
    const change = await this.lockedChange(em, { cancelDigest: digest });
    if (!change) throw new EmailChangeNotFound();
    em.remove(change);
    return { outcome: 'stopped' };
  }

  /** A staff change waiting for confirmation, if any. */
  pendingFor(em: EntityManager, userIds: string[]): Promise<EmailChange[]> {
    return em.find(EmailChange, { user: { $in: userIds }, channel: 'link', expiresAt: { $gt: new Date() } });
  }

  private async apply(em: EntityManager, change: EmailChange): Promise<void> {
    // Someone may have taken the address, or one like it, since the change began.
    await lockLookalikes(em, change.newEmail);
    if (await isEmailTaken(em, change.newEmail)) throw new EmailTaken('email');
    await assertNoLookalike(em, change.newEmail, 'email');
    const user = change.user;
    const previousEmail = user.email;
    user.changeEmail(change.newEmail);
    if (change.cancelDigest) this.restores.keep(em, user, previousEmail, change.cancelDigest);
    em.remove(change);
    recordUserEmailChanged(em, user, previousEmail);
  }

  private lockedChange(em: EntityManager, where: FilterQuery<EmailChange>): Promise<EmailChange | null> {
    return em.findOne(EmailChange, where, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
      populate: ['user'],
    });
  }

  private async assertAvailable(
    em: EntityManager,
    user: User,
    newEmail: string,
    field: string,
  ): Promise<void> {
    if (emailKey(newEmail) === user.emailKey) throw new EmailUnchanged(field);
    await lockLookalikes(em, newEmail);
    if (await isEmailTaken(em, newEmail)) throw new EmailTaken(field);
    await assertNoLookalike(em, newEmail, field);
  }

  private async replacePending(em: EntityManager, change: EmailChange): Promise<EmailChange> {
    await em.nativeDelete(EmailChange, { user: change.user });
    em.persist(change);
    return change;
  }

  /** The old address is told, with a link that stops the change. */
  private noticeToOldAddress(em: EntityManager, user: User, change: EmailChange): void {
    const cancelToken = newLinkToken();
    change.cancelDigest = secretDigest(cancelToken);
    queueMail(em, user.email, emailChangeNoticeTemplate, {
      name: user.name,
      newEmail: change.newEmail,
      cancelLink: this.links.cancelEmailChange(cancelToken),
    });
  }
}
