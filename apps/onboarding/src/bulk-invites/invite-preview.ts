import { Inject, Injectable } from '@nestjs/common';
import type { MailPreviewReply, PreviewInviteCommand } from '@careers/contracts';
import { People } from '../join-requests/people';
import { INVITATION_TTL_HOURS, InvitationMailer } from '../invitations/invitation-mailer';
import { INVITE_MAILS } from '../mail/invite-mails';

/** Renders what a chosen outcome's email will look like, with the institution's name and a sample contact. */
@Injectable()
export class InvitePreview {
  constructor(
    private readonly people: People,
    private readonly mailer: InvitationMailer,
    @Inject(INVITATION_TTL_HOURS) private readonly ttlHours: number,
  ) {}

  async render(command: PreviewInviteCommand): Promise<MailPreviewReply> {
    const institution = await this.people.institution(command.institutionId);
    const mail = INVITE_MAILS[command.outcome].render({
      firstName: 'Alex',
      institutionName: institution.name,
      link: this.mailer.link(command.outcome, 'example-token'),
      expiresOn: new Date(Date.now() + this.ttlHours * 3_600_000).toUTCString(),
    });
    return { outcome: command.outcome, ...mail };
  }
}
