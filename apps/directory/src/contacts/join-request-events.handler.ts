import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EventEnvelope, Events, JoinRequestKind } from '@careers/contracts';
import { HandlesEvent } from '@careers/messaging';
import { Contact, contactEmailKey } from './contact.entity';
import { ContactsService } from './contacts.service';

/**
 * Connecting with an institution is an interaction that makes an employer one of its contacts (source
 * `connection_request`): when they ask, and again when approved should staff have removed the contact meanwhile.
 */
@Injectable()
export class JoinRequestEventsHandler {
  constructor(private readonly contacts: ContactsService) {}

  @HandlesEvent(Events.joinRequestCreated)
  async joinRequestCreated(
    event: EventEnvelope<typeof Events.joinRequestCreated>,
    em: EntityManager,
  ): Promise<void> {
    await this.addContact(em, event.data);
  }

  @HandlesEvent(Events.joinRequestApproved)
  async joinRequestApproved(
    event: EventEnvelope<typeof Events.joinRequestApproved>,
    em: EntityManager,
  ): Promise<void> {
    await this.addContact(em, event.data);
  }

  private async addContact(
    em: EntityManager,
    request: { kind: JoinRequestKind; institutionId: string; email?: string; name?: string },
  ): Promise<void> {
    const { kind, institutionId, email, name } = request;
    // Requests made before their events carried the requester's email and name are left to their approval.
    if (kind !== 'employer' || !email || !name) return;
    if (await em.count(Contact, { institutionId, emailKey: contactEmailKey(email) })) return;
    await this.contacts.create(em, {
      institutionId,
      email,
      ...splitName(name),
      source: 'connection_request',
    });
  }
}

/** A person's one name field as a contact's first and last names (a single word serves as both). */
function splitName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/);
  const lastName = words.at(-1) ?? name;
  return { firstName: words.length > 1 ? words.slice(0, -1).join(' ') : lastName, lastName };
}
