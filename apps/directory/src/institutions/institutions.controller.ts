import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateInstitutionCommand,
  DirectorySubjects,
  GetInstitutionRequest,
  InstitutionPageReply,
  InstitutionReply,
  SearchInstitutionsQuery,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { InstitutionsService } from './institutions.service';

@RpcController()
export class InstitutionsController {
  constructor(
    private readonly em: EntityManager,
    private readonly institutions: InstitutionsService,
  ) {}

  @MessagePattern(DirectorySubjects.createInstitution)
  @CreateRequestContext()
  create(@Payload() command: CreateInstitutionCommand): Promise<InstitutionReply> {
    return this.institutions.create(command);
  }

  @MessagePattern(DirectorySubjects.getInstitution)
  @CreateRequestContext()
  get(@Payload() request: GetInstitutionRequest): Promise<InstitutionReply> {
    return this.institutions.get(request.institutionId);
  }

  @MessagePattern(DirectorySubjects.searchInstitutions)
  @CreateRequestContext()
  search(@Payload() query: SearchInstitutionsQuery): Promise<InstitutionPageReply> {
    return this.institutions.search(query);
  }
}
