import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GetInstitutionReplicaRequest, IdentitySubjects, InstitutionReplicaReply } from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { InstitutionNotKnown } from './institution-errors';
import { InstitutionReplica } from './institution-replica.entity';

@RpcController()
export class InstitutionsController {
  constructor(private readonly em: EntityManager) {}

  @MessagePattern(IdentitySubjects.getInstitutionReplica)
  @CreateRequestContext()
  async get(@Payload() request: GetInstitutionReplicaRequest): Promise<InstitutionReplicaReply> {
    const replica = await this.em.findOne(InstitutionReplica, { id: request.institutionId });
    if (!replica) throw new InstitutionNotKnown(request.institutionId);
    return { id: replica.id, name: replica.name };
  }
}
