import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  ActivationEmailsPreviewReply,
  ActivationEmailsQueryCommand,
  ActivationEmailsReply,
  DirectorySubjects,
  StartActivationEmailsCommand,
} from '@careers/contracts';
import { queueMail } from '@careers/mail';
import { notFoundAs, ServiceClient } from '@careers/messaging';
import { issueToken } from '../credentials/one-time-tokens';
import { InstitutionDirectory } from '../institutions/institution-directory';
import { InstitutionNotKnown } from '../institutions/institution-errors';
import { MailLinks } from '../mail/mail-links';
import { activationTemplate } from '../mail/templates/activation.template';
import { User } from '../users/user.entity';
import { ActivationEmailsNotFound, InstitutionUsesSingleSignOn } from './activation-emails-errors';
import { claimMailings, countUnclaimed, unclaimedAfter } from './activation-mails';
import { ActivationSend } from './activation-send.entity';

/** Accounts gone through in one transaction of a send. */
const BATCH = 100;

/**
 * Staff of a school without single sign-on mail the people its files loaded, who never set a password, a link to set
 * it: a preview count, then a send in the background (ActivationEmailsWorker) with its progress.
 */
@Injectable()
export class ActivationEmailsService {
  constructor(
    private readonly services: ServiceClient,
    private readonly institutions: InstitutionDirectory,
    private readonly links: MailLinks,
  ) {}

  async preview(em: EntityManager, institutionId: string): Promise<ActivationEmailsPreviewReply> {
    await this.assertPasswordsUsed(institutionId);
    return { count: await countUnclaimed(em, institutionId, 'mailable') };
  }

  async start(em: EntityManager, command: StartActivationEmailsCommand): Promise<ActivationEmailsReply> {
    await this.assertPasswordsUsed(command.institutionId);
    const total = await countUnclaimed(em, command.institutionId, 'all');
    const send = new ActivationSend(command.institutionId, command.actorId, total);
    await em.persist(send).flush();
    return send.toReply();
  }

  async get(em: EntityManager, query: ActivationEmailsQueryCommand): Promise<ActivationEmailsReply> {
    const send = await em.findOne(ActivationSend, {
      id: query.activationSendId,
      institutionId: query.institutionId,
    });
    if (!send) throw new ActivationEmailsNotFound(query.activationSendId);
    return send.toReply();
  }

  /** The send's next batch, in the caller's transaction: mails those not mailed lately, and counts the rest. */
  async nextBatch(em: EntityManager, send: ActivationSend): Promise<void> {
    const userIds = await unclaimedAfter(em, send.institutionId, send.afterUserId, BATCH);
    const mailed = await claimMailings(em, userIds);
    if (mailed.length) {
      const institution = await this.institutions.get(em, send.institutionId);
      for (const user of await em.find(User, { id: { $in: mailed } })) {
        const token = await issueToken(em, user, 'set_password');
        queueMail(em, user.email, activationTemplate, {
          name: user.name,
          institutionName: institution.name,
          link: this.links.setPassword(token),
        });
      }
    }
    send.sent += mailed.length;
    send.skipped += userIds.length - mailed.length;
    send.afterUserId = userIds.at(-1) ?? send.afterUserId;
    if (userIds.length < BATCH) send.finishedAt = new Date();
  }

  /** Refuses a school whose people sign in with its single sign-on; an unknown one is not found. */
  private async assertPasswordsUsed(institutionId: string): Promise<void> {
    const settings = await notFoundAs(
      this.services.request(DirectorySubjects.getSettings, { institutionId }),
      () => new InstitutionNotKnown(institutionId),
    );
    if (settings.usesSingleSignOn) throw new InstitutionUsesSingleSignOn();
  }
}
