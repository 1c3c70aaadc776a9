import type { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EventEnvelope, Events } from '@careers/contracts';
import { HandlesEvent } from '@careers/messaging';
import { Contact, contactEmailKey } from './contact.entity';
import { ContactsService } from './contacts.service';

/** An employer whose connection an institution approved becomes one of its contacts, unless they are already. */
@Injectable()
export class ConnectionContactsHandler {
  constructor(private readonly contacts: ContactsService) {}

  @HandlesEvent(Events.joinRequestApproved)
  async joinRequestApproved(
    event: EventEnvelope<typeof Events.joinRequestApproved>,
    coreEm: CoreEntityManager,
  ): Promise<void> {
    const { kind, institutionId, email, name } = event.data;
    if (kind !== 'employer') return;
    const em = coreEm as EntityManager;
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
export function splitName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/);
  const lastName = words.at(-1) ?? name;
  return { firstName: words.length > 1 ? words.slice(0, -1).join(' ') : lastName, lastName };
}
