import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  BulkInviteCommand,
  BulkInvitePageReply,
  BulkInviteRecipientPageReply,
  BulkInviteReply,
  CreateBulkInviteCommand,
  ListBulkInviteRecipientsCommand,
  ListBulkInvitesCommand,
  MailPreviewReply,
  OnboardingSubjects,
  PreviewInviteCommand,
  SendBulkInviteCommand,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { BulkInvitesService } from './bulk-invites.service';
import { InvitePreview } from './invite-preview';

@RpcController()
export class BulkInvitesController {
  constructor(
    private readonly em: EntityManager,
    private readonly invites: BulkInvitesService,
    private readonly preview: InvitePreview,
  ) {}

  @MessagePattern(OnboardingSubjects.createBulkInvite)
  @CreateRequestContext()
  create(@Payload() command: CreateBulkInviteCommand): Promise<BulkInviteReply> {
    return this.invites.create(this.em, command);
  }

  @MessagePattern(OnboardingSubjects.listBulkInvites)
  @CreateRequestContext()
  list(@Payload() query: ListBulkInvitesCommand): Promise<BulkInvitePageReply> {
    return this.invites.list(this.em, query);
  }

  @MessagePattern(OnboardingSubjects.getBulkInvite)
  @CreateRequestContext()
  get(@Payload() command: BulkInviteCommand): Promise<BulkInviteReply> {
    return this.invites.get(this.em, command.institutionId, command.inviteId);
  }

  @MessagePattern(OnboardingSubjects.sendBulkInvite)
  @CreateRequestContext()
  send(@Payload() command: SendBulkInviteCommand): Promise<BulkInviteReply> {
    return this.invites.send(this.em, command);
  }

  @MessagePattern(OnboardingSubjects.discardBulkInvite)
  @CreateRequestContext()
  async discard(@Payload() command: BulkInviteCommand): Promise<Record<string, never>> {
    await this.invites.discard(this.em, command.institutionId, command.inviteId);
    return {};
  }

  @MessagePattern(OnboardingSubjects.listBulkInviteRecipients)
  @CreateRequestContext()
  recipients(@Payload() query: ListBulkInviteRecipientsCommand): Promise<BulkInviteRecipientPageReply> {
    return this.invites.recipients(this.em, query);
  }

  @MessagePattern(OnboardingSubjects.previewInvite)
  previewMail(@Payload() command: PreviewInviteCommand): Promise<MailPreviewReply> {
    return this.preview.render(command);
  }
}
