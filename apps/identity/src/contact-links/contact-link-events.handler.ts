import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EventEnvelope, Events } from '@careers/contracts';
import { HandlesEvent } from '@careers/messaging';
import { ContactLink } from './contact-link.entity';

@Injectable()
export class ContactLinkEventsHandler {
  @HandlesEvent(Events.contactLinked)
  async contactLinked(event: EventEnvelope<typeof Events.contactLinked>, em: EntityManager): Promise<void> {
    const { contactId, institutionId, userId } = event.data;
    await this.apply(em, new ContactLink(contactId, institutionId, userId, true, new Date(event.occurredAt)));
  }

  @HandlesEvent(Events.contactUnlinked)
  async contactUnlinked(
    event: EventEnvelope<typeof Events.contactUnlinked>,
    em: EntityManager,
  ): Promise<void> {
    const { contactId, institutionId, userId } = event.data;
    await this.apply(
      em,
      new ContactLink(contactId, institutionId, userId, false, new Date(event.occurredAt)),
    );
  }

  /** Keeps the newest fact about the contact; an older event arriving late changes nothing. */
  private async apply(em: EntityManager, fact: ContactLink): Promise<void> {
    const current = await em.findOne(ContactLink, { contactId: fact.contactId });
    if (current && current.changedAt >= fact.changedAt) return;
    if (current) Object.assign(current, fact);
    else em.persist(fact);
  }
}
