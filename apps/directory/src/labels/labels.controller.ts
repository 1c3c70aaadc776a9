import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateLabelCommand,
  DirectorySubjects,
  LabelCommand,
  LabelListReply,
  LabelReply,
  ListLabelsCommand,
  RenameLabelCommand,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { LabelsService } from './labels.service';

@RpcController()
export class LabelsController {
  constructor(
    private readonly em: EntityManager,
    private readonly labels: LabelsService,
  ) {}

  @MessagePattern(DirectorySubjects.listLabels)
  @CreateRequestContext()
  list(@Payload() query: ListLabelsCommand): Promise<LabelListReply> {
    return this.labels.list(this.em, query);
  }

  @MessagePattern(DirectorySubjects.createLabel)
  @CreateRequestContext()
  create(@Payload() command: CreateLabelCommand): Promise<LabelReply> {
    return this.labels.create(this.em, command);
  }

  @MessagePattern(DirectorySubjects.renameLabel)
  @CreateRequestContext()
  rename(@Payload() command: RenameLabelCommand): Promise<LabelReply> {
    return this.labels.rename(this.em, command);
  }

  @MessagePattern(DirectorySubjects.deleteLabel)
  @CreateRequestContext()
  async delete(@Payload() command: LabelCommand): Promise<Record<string, never>> {
    await this.labels.delete(this.em, command.institutionId, command.labelId);
    return {};
  }
}
