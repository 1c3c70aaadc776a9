import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DirectorySubjects,
  InstitutionScope,
  InstitutionSettingsReply,
  UpdateInstitutionSettingsCommand,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { SettingsService } from './settings.service';

@RpcController()
export class SettingsController {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: SettingsService,
  ) {}

  @MessagePattern(DirectorySubjects.getSettings)
  @CreateRequestContext()
  async get(@Payload() request: InstitutionScope): Promise<InstitutionSettingsReply> {
    return (await this.settings.get(this.em, request.institutionId)).toReply();
  }

  @MessagePattern(DirectorySubjects.updateSettings)
  @CreateRequestContext()
  update(@Payload() command: UpdateInstitutionSettingsCommand): Promise<InstitutionSettingsReply> {
    return this.settings.update(this.em, command);
  }
}
