import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { MailedOutcome } from '@careers/contracts';
import { newLinkToken, queueMail, secretDigest, WebAppLinks } from '@careers/mail';
import { INVITE_MAILS } from '../mail/invite-mails';
import { Invitation } from './invitation.entity';

export const INVITATION_TTL_HOURS = Symbol('INVITATION_TTL_HOURS');
const TOKEN_CONTEXT = 'invitation';

export function invitationDigest(token: string): string {
  return secretDigest(token, TOKEN_CONTEXT);
}

/** Gives an invitation a fresh link (any older one stops working) and queues its email, in the unit of work. */
@Injectable()
export class InvitationMailer {
  constructor(
    private readonly links: WebAppLinks,
    @Inject(INVITATION_TTL_HOURS) private readonly ttlHours: number,
  ) {}

  mail(em: EntityManager, invitation: Invitation, institutionName: string): void {
    const token = newLinkToken();
    invitation.tokenDigest = invitationDigest(token);
    invitation.expiresAt = new Date(Date.now() + this.ttlHours * 3_600_000);
    em.persist(invitation);
    queueMail(em, invitation.email, INVITE_MAILS[invitation.outcome], {
      firstName: invitation.firstName,
      institutionName,
      link: this.link(invitation.outcome, token),
      expiresOn: invitation.expiresAt.toUTCString(),
    });
  }

  /** The school-added mail goes to the login page: the connection request is made already. */
  link(outcome: MailedOutcome, token: string): string {
    return outcome === 'account_with_company' ? this.links.login() : this.links.page('/invitation', token);
  }
}
