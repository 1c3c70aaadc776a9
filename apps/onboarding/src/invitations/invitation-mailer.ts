import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { MailedOutcome } from '@careers/contracts';
import { MailMessage, newLinkToken, prepareMail, secretDigest, WebAppLinks } from '@careers/mail';
import { INVITE_MAILS } from '../mail/invite-mails';
import { Invitation } from './invitation.entity';

export const INVITATION_TTL_HOURS = Symbol('INVITATION_TTL_HOURS');
const TOKEN_CONTEXT = 'invitation';

export function invitationDigest(token: string): string {
  return secretDigest(token, TOKEN_CONTEXT);
}

/** The links and emails of invitations. */
@Injectable()
export class InvitationMailer {
  constructor(
    private readonly links: WebAppLinks,
    @Inject(INVITATION_TTL_HOURS) private readonly ttlHours: number,
  ) {}

  /** Gives the invitation a fresh link (any older one stops working) and renders its email, storing neither. */
  prepare(invitation: Invitation, institutionName: string): MailMessage {
    const token = newLinkToken();
    invitation.tokenDigest = invitationDigest(token);
    invitation.expiresAt = new Date(Date.now() + this.ttlHours * 3_600_000);
    return prepareMail(invitation.email, INVITE_MAILS[invitation.outcome], {
      firstName: invitation.firstName,
      institutionName,
      link: this.link(invitation.outcome, token),
      expiresOn: invitation.expiresAt.toUTCString(),
    });
  }

  /** The same, both stored by the unit of work's flush. */
  mail(em: EntityManager, invitation: Invitation, institutionName: string): void {
    em.persist([invitation, this.prepare(invitation, institutionName)]);
  }

  /** The school-added mail goes to the login page: the connection request is made already. */
  link(outcome: MailedOutcome, token: string): string {
    return outcome === 'account_with_company' ? this.links.login() : this.links.page('/invitation', token);
  }
}
