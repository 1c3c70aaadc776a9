import type { EntityManager } from '@mikro-orm/core';
import { Events } from '@careers/contracts';
import { recordEvent } from '@careers/messaging';
import type { Contact } from './contact.entity';

export function recordContactCreated(em: EntityManager, contact: Contact): void {
  recordEvent(em, Events.contactCreated, {
    contactId: contact.id,
    institutionId: contact.institutionId,
    email: contact.email,
    firstName: contact.firstName,
    lastName: contact.lastName,
    companyId: contact.companyId,
    source: contact.source,
  });
}

/** `changed` names the fields that changed. */
export function recordContactUpdated(em: EntityManager, contact: Contact, changed: string[]): void {
  recordEvent(em, Events.contactUpdated, {
    contactId: contact.id,
    institutionId: contact.institutionId,
    email: contact.email,
    firstName: contact.firstName,
    lastName: contact.lastName,
    companyId: contact.companyId,
    changed,
  });
}

export function recordContactArchived(em: EntityManager, contact: Contact, archived: boolean): void {
  recordEvent(em, archived ? Events.contactArchived : Events.contactRestored, {
    contactId: contact.id,
    institutionId: contact.institutionId,
  });
}
