import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CreateInvitedEmployerCommand, SignupRequest, UserReply } from '@careers/contracts';
import { queueMail } from '@careers/mail';
import { AccountRequest, SignupDetails } from '../account-requests/account-request.entity';
import { AccountClaims, isUnclaimed } from '../claims/account-claims';
import { PasswordHasher } from '../auth/password-hasher';
import { issueToken, redeemToken, tokenHolder } from '../credentials/one-time-tokens';
import { assertStrongPassword } from '../credentials/password-policy';
import { accountExistsTemplate } from '../mail/templates/account-exists.template';
import { lookalikeEmailTemplate } from '../mail/templates/lookalike-email.template';
import { verifyEmailTemplate } from '../mail/templates/verify-email.template';
import { MailLinks } from '../mail/mail-links';
import { EmailTaken } from '../users/user-errors';
import { User } from '../users/user.entity';
import { recordUserCreated, recordUserUpdated } from '../users/user-events';
import { assertNoLookalike, hasLookalike, lockLookalikes } from '../users/lookalike-emails';
import { findUserByEmail, getUser } from '../users/user-lookup';

/**
 * A student, alumni or employer creates an account with any email. The caller learns nothing about whether the
 * email was taken: the request is checked, its password hashed and the sign-up queued, the same work for every email;
 * in the background a new address gets a verification link, a taken one a notice to its owner, and one a school's
 * file loaded (unclaimed) the link to claim it.
 */
@Injectable()
export class SignupService {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly links: MailLinks,
    private readonly claims: AccountClaims,
  ) {}

  async takeIn(em: EntityManager, request: SignupRequest): Promise<void> {
    assertStrongPassword('password', request.password, request.email, request.name);
    const passwordHash = await this.hasher.hash(request.password);
    em.persist(
      new AccountRequest('signup', request.email, {
        name: request.name,
        userType: request.userType,
        passwordHash,
      }),
    );
  }

  /**
   * Carries out a sign-up taken in (AccountRequestWorker, under lockLookalikes). An address that looks like another
   * account's gets a mail saying so, instead of a link: it is told only to that address, as a taken one is. An
   * address the school loaded and nobody claimed yet gets the link to claim it.
   */
  async carryOut(em: EntityManager, email: string, signup: SignupDetails): Promise<void> {
    const existing = await findUserByEmail(em, email);
    if (existing && isUnclaimed(existing)) return this.claims.sendLink(em, existing);
    if (existing && existing.status !== 'pending_verification') {
      queueMail(em, existing.email, accountExistsTemplate, {
        name: existing.name,
        resetLink: this.links.resetPassword(),
      });
      return;
    }
    if (await hasLookalike(em, email)) {
      queueMail(em, email.trim(), lookalikeEmailTemplate, {});
      return;
    }
    // An account nobody has verified yet is not anyone's: the newest sign-up replaces it, and only its link works.
    const user = existing ?? new User(email, signup.name, signup.userType, 'pending_verification');
    user.passwordHash = signup.passwordHash;
    if (existing) {
      existing.name = signup.name.trim();
      existing.userType = signup.userType;
      recordUserUpdated(em, existing);
    } else {
      em.persist(user);
      recordUserCreated(em, user);
    }
    const token = await issueToken(em, user, 'verify_email');
    queueMail(em, user.email, verifyEmailTemplate, { name: user.name, link: this.links.verifyEmail(token) });
  }

  /**
   * An employer accepting an invitation: the invitation's link proved the email, so the account is active at once.
   * An unverified sign-up of the same email is nobody's yet and is taken over; any other account is a 409.
   */
  async createInvitedEmployer(em: EntityManager, command: CreateInvitedEmployerCommand): Promise<UserReply> {
    const user = await em.transactional((tx) => this.activeEmployer(tx, command));
    return (await getUser(em, user.id)).toReply();
  }

  private async activeEmployer(em: EntityManager, command: CreateInvitedEmployerCommand): Promise<User> {
    assertStrongPassword('password', command.password, command.email, command.name);
    await lockLookalikes(em, command.email);
    const existing = await findUserByEmail(em, command.email);
    if (existing && existing.status !== 'pending_verification') throw new EmailTaken('email');
    await assertNoLookalike(em, command.email, 'email');
    const user = existing ?? new User(command.email, command.name, 'employer', 'active');
    user.passwordHash = await this.hasher.hash(command.password);
    if (existing) {
      Object.assign(existing, { name: command.name.trim(), userType: 'employer', status: 'active' });
      recordUserUpdated(em, existing);
    } else {
      em.persist(user);
      recordUserCreated(em, user);
    }
    return user;
  }

  /** The link from the verification mail: the account can log in from now on. */
  async verifyEmail(em: EntityManager, token: string): Promise<UserReply> {
    const userId = await em.transactional(async (tx) => {
      // A sign-up of this email being carried out now may replace the account's password and link: one waits.
      const holder = await tokenHolder(tx, 'verify_email', token);
      if (holder) await lockLookalikes(tx, holder.email);
      const { user } = await redeemToken(tx, ['verify_email'], token);
      if (user.status === 'pending_verification') {
        user.status = 'active';
        recordUserUpdated(tx, user);
      }
      return user.id;
    });
    return (await getUser(em.fork(), userId)).toReply();
  }
}
