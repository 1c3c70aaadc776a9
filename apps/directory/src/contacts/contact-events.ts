import type { EntityManager } from '@mikro-orm/core';
import { Events } from '@careers/contracts';
import { recordEvent } from '@careers/messaging';
import type { Label } from '../labels/label.entity';
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

/** Sends nothing when the change put on and took off nothing. */
export function recordContactLabelsChanged(
  em: EntityManager,
  contact: Contact,
  change: { added?: Label[]; removed?: Label[] },
): void {
  const added = (change.added ?? []).map((label) => label.id);
  const removed = (change.removed ?? []).map((label) => label.id);
  if (added.length === 0 && removed.length === 0) return;
  recordEvent(em, Events.contactLabelsChanged, {
    contactId: contact.id,
    institutionId: contact.institutionId,
    labelIds: contact.labels.getItems().map((label) => label.id),
    added,
    removed,
  });
}
