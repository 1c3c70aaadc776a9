import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ActivationEmailsPreviewReply,
  ActivationEmailsQueryCommand,
  ActivationEmailsReply,
  IdentitySubjects,
  InstitutionScope,
  StartActivationEmailsCommand,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { ActivationEmailsService } from './activation-emails.service';
import { ActivationEmailsWorker } from './activation-emails-worker';

@RpcController()
export class ActivationEmailsController {
  constructor(
    private readonly em: EntityManager,
    private readonly activations: ActivationEmailsService,
    private readonly worker: ActivationEmailsWorker,
  ) {}

  @MessagePattern(IdentitySubjects.previewActivationEmails)
  @CreateRequestContext()
  preview(@Payload() query: InstitutionScope): Promise<ActivationEmailsPreviewReply> {
    return this.activations.preview(this.em, query.institutionId);
  }

  @MessagePattern(IdentitySubjects.startActivationEmails)
  @CreateRequestContext()
  async start(@Payload() command: StartActivationEmailsCommand): Promise<ActivationEmailsReply> {
    const started = await this.activations.start(this.em, command);
    this.worker.wake();
    return started;
  }

  @MessagePattern(IdentitySubjects.getActivationEmails)
  @CreateRequestContext()
  get(@Payload() query: ActivationEmailsQueryCommand): Promise<ActivationEmailsReply> {
    return this.activations.get(this.em, query);
  }
}
