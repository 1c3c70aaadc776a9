import type { EntityManager } from '@mikro-orm/core';
import { Events } from '@careers/contracts';
import { recordEvent } from '@careers/messaging';
import type { Contact } from './contact.entity';

/** What `created` and `updated` both say of the contact. */
function described(contact: Contact) {
  return {
    contactId: contact.id,
    institutionId: contact.institutionId,
    email: contact.email,
    firstName: contact.firstName,
    lastName: contact.lastName,
    companyId: contact.companyId,
  };
}

export function recordContactCreated(em: EntityManager, contact: Contact): void {
  recordEvent(em, Events.contactCreated, { ...described(contact), source: contact.source });
}

/** `changed` names the fields that changed. */
export function recordContactUpdated(em: EntityManager, contact: Contact, changed: string[]): void {
  recordEvent(em, Events.contactUpdated, { ...described(contact), changed });
}

export function recordContactArchived(em: EntityManager, contact: Contact, archived: boolean): void {
  recordEvent(em, archived ? Events.contactArchived : Events.contactRestored, {
    contactId: contact.id,
    institutionId: contact.institutionId,
  });
}
