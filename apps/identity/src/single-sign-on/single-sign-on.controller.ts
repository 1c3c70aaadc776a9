import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AccessTokenReply,
  IdentitySubjects,
  InstitutionScope,
  SingleSignOnCallbackRequest,
  SingleSignOnSchoolsReply,
  SingleSignOnSettingsReply,
  SingleSignOnStartReply,
  StartSingleSignOnCommand,
  UpdateSingleSignOnCommand,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { SingleSignOnFlow } from './single-sign-on-flow';
import { SingleSignOnSettings } from './single-sign-on-settings';

@RpcController()
export class SingleSignOnController {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: SingleSignOnSettings,
    private readonly flow: SingleSignOnFlow,
  ) {}

  @MessagePattern(IdentitySubjects.getSingleSignOn)
  @CreateRequestContext()
  get(@Payload() query: InstitutionScope): Promise<SingleSignOnSettingsReply> {
    return this.settings.get(this.em, query.institutionId);
  }

  @MessagePattern(IdentitySubjects.updateSingleSignOn)
  @CreateRequestContext()
  update(@Payload() command: UpdateSingleSignOnCommand): Promise<SingleSignOnSettingsReply> {
    return this.settings.update(this.em, command);
  }

  @MessagePattern(IdentitySubjects.listSingleSignOnSchools)
  @CreateRequestContext()
  schools(): Promise<SingleSignOnSchoolsReply> {
    return this.settings.schools(this.em);
  }

  @MessagePattern(IdentitySubjects.startSingleSignOn)
  @CreateRequestContext()
  start(@Payload() command: StartSingleSignOnCommand): Promise<SingleSignOnStartReply> {
    return this.flow.start(this.em, command.institutionId);
  }

  @MessagePattern(IdentitySubjects.finishSingleSignOn)
  @CreateRequestContext()
  finish(@Payload() request: SingleSignOnCallbackRequest): Promise<AccessTokenReply> {
    return this.flow.finish(this.em, request);
  }
}
