import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { DirectorySubjects, InstitutionReplicaReply } from '@careers/contracts';
import { notFoundAs, ServiceClient } from '@careers/messaging';
import { InstitutionNotKnown } from './institution-errors';
import { InstitutionReplica } from './institution-replica.entity';

/**
 * The institutions identity knows, from its replica of directory's events. An institution created a moment ago may
 * not have arrived yet: then directory is asked, and the answer kept.
 */
@Injectable()
export class InstitutionDirectory {
  constructor(private readonly services: ServiceClient) {}

  /** The institution as identity's replica has it, without asking directory: unknown is a 404. */
  async known(em: EntityManager, institutionId: string): Promise<InstitutionReplicaReply> {
    const replica = await em.findOne(InstitutionReplica, { id: institutionId });
    if (!replica) throw new InstitutionNotKnown(institutionId);
    return { id: replica.id, name: replica.name };
  }

  async get(em: EntityManager, institutionId: string): Promise<InstitutionReplica> {
    const replica = await em.findOne(InstitutionReplica, { id: institutionId });
    if (replica) return replica;
    const institution = await notFoundAs(
      this.services.request(DirectorySubjects.getInstitution, { institutionId }),
      () => new InstitutionNotKnown(institutionId),
    );
    return em.upsert(InstitutionReplica, {
      id: institution.id,
      name: institution.name,
      syncedAt: new Date(),
    });
  }
}
