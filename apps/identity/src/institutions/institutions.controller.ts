import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GetInstitutionReplicaRequest, IdentitySubjects, InstitutionReplicaReply } from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { InstitutionDirectory } from './institution-directory';

@RpcController()
export class InstitutionsController {
  constructor(
    private readonly em: EntityManager,
    private readonly institutions: InstitutionDirectory,
  ) {}

  @MessagePattern(IdentitySubjects.getInstitutionReplica)
  @CreateRequestContext()
  get(@Payload() request: GetInstitutionReplicaRequest): Promise<InstitutionReplicaReply> {
    return this.institutions.known(this.em, request.institutionId);
  }
}
