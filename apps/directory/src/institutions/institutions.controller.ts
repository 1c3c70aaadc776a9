import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateInstitutionCommand,
  DirectorySubjects,
  GetInstitutionRequest,
  InstitutionReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { CreateInstitution } from './institutions.service';
import { Institution } from './institution.entity';
import { InstitutionNotFound } from './institution-errors';

@RpcController()
export class InstitutionsController {
  constructor(
    private readonly em: EntityManager,
    private readonly createInstitution: CreateInstitution,
  ) {}

  @MessagePattern(DirectorySubjects.createInstitution)
  @CreateRequestContext()
  create(@Payload() command: CreateInstitutionCommand): Promise<InstitutionReply> {
    return this.createInstitution.execute(command);
  }

  @MessagePattern(DirectorySubjects.getInstitution)
  @CreateRequestContext()
  async get(@Payload() request: GetInstitutionRequest): Promise<InstitutionReply> {
    const institution = await this.em.findOne(Institution, { id: request.institutionId });
    if (!institution) throw new InstitutionNotFound(request.institutionId);
    return institution.toReply();
  }
}
