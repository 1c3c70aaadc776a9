import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { queueMail } from '@careers/mail';
import { claimMailings } from '../activation-emails/activation-mails';
import { issueToken } from '../credentials/one-time-tokens';
import { InstitutionDirectory } from '../institutions/institution-directory';
import { MailLinks } from '../mail/mail-links';
import { claimAccountTemplate } from '../mail/templates/claim-account.template';
import { namesakeClaimTemplate } from '../mail/templates/namesake-claim.template';
import { User } from '../users/user.entity';
import { LOADED_USER_TYPES, unclaimedMembers } from './unclaimed-members';

/**
 * An account a school's file loaded (a student, alumni or mentor, active, with no password) that its person has not
 * claimed yet. Its person claims it by setting a password from a link mailed to its address: the mail proves the
 * address.
 */
export function isUnclaimed(user: User): boolean {
  return LOADED_USER_TYPES.includes(user.userType) && user.status === 'active' && user.hasPassword === false;
}

/** Mails the people of loaded accounts a link to set their password, so that they sign in with the school's address. */
@Injectable()
export class AccountClaims {
  constructor(
    private readonly links: MailLinks,
    private readonly institutions: InstitutionDirectory,
  ) {}

  /** The person asked to sign up, or for a reset, with the loaded address: the link to claim it instead. */
  async sendLink(em: EntityManager, user: User): Promise<void> {
    const token = await issueToken(em, user, 'set_password');
    queueMail(em, user.email, claimAccountTemplate, { name: user.name, link: this.links.setPassword(token) });
  }

  /**
   * Someone asked to join a school from an address of their own while the school loaded an unclaimed account of the
   * same name: that account's address is asked to try it instead. The one who asked is told nothing of it, so asking
   * with a guessed name reveals neither the account nor its address; and it is mailed at most once a week, however
   * many ask.
   */
  async remindNamesakes(em: EntityManager, requester: User, institutionId: string): Promise<void> {
    const matching = await claimMailings(em, await unclaimedNamesakes(em, requester, institutionId));
    if (!matching.length) return;
    const institution = await this.institutions.get(em, institutionId);
    for (const user of await em.find(User, { id: { $in: matching } })) {
      const token = await issueToken(em, user, 'set_password');
      queueMail(em, user.email, namesakeClaimTemplate, {
        name: user.name,
        institutionName: institution.name,
        link: this.links.setPassword(token),
      });
    }
  }
}

/** The institution's unclaimed accounts whose name is the requester's, case and spaces aside. */
async function unclaimedNamesakes(
  em: EntityManager,
  requester: User,
  institutionId: string,
): Promise<string[]> {
  const nameKey = (column: string) => `lower(regexp_replace(btrim(${column}), '\\s+', ' ', 'g'))`;
  const rows = await em.execute<Array<{ id: string }>>(
    `select u."id" ${unclaimedMembers(em)} and u."id" <> ? and ${nameKey('u."name"')} = ${nameKey('?')}`,
    [institutionId, requester.id, requester.name],
  );
  return rows.map((row) => row.id);
}
