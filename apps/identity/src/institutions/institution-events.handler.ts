import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EventEnvelope, Events } from '@careers/contracts';
import { HandlesEvent } from '@careers/messaging';
import { InstitutionReplica } from './institution-replica.entity';

@Injectable()
export class InstitutionEventsHandler {
  @HandlesEvent(Events.institutionCreated)
  async institutionCreated(
    event: EventEnvelope<typeof Events.institutionCreated>,
    em: EntityManager,
  ): Promise<void> {
    // An upsert: identity may already have asked directory for this institution.
    await em.upsert(InstitutionReplica, {
      id: event.data.institutionId,
      name: event.data.name,
      syncedAt: new Date(),
    });
  }
}
