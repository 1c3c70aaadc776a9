import { LoadStrategy, LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  ContactImportApplyCommand,
  ContactImportLookupCommand,
  ContactImportLookupReply,
  ImportApplyFailure,
  ImportApplyReply,
  ImportedContact,
} from '@careers/contracts';
import { InstitutionGuard } from '../institutions/institution-guard';
import { Label, labelNameKey } from '../labels/label.entity';
import { recordLabelCreated } from '../labels/label-events';
import { ContactLinker } from '../linking/contact-linker';
import { Contact, ContactChanges, contactEmailKey } from './contact.entity';
import { ContactLabelLimit } from './contact-errors';
import {
  recordContactArchived,
  recordContactCreated,
  recordContactLabelsChanged,
  recordContactUpdated,
} from './contact-events';

/** The fields a row of a contacts file can give. */
const ROW_FIELDS = ['firstName', 'lastName', 'title', 'companyName', 'phone'] as const;

/**
 * A contacts file's rows, for the importer: which emails are contacts already, and writing a batch of decided rows
 * in one transaction under the batch's email locks (so users arriving meanwhile are linked either here or by their
 * event). A row states what it wants, so a batch applied again after a crash changes nothing the second time.
 */
@Injectable()
export class ContactImport {
  constructor(
    private readonly institutions: InstitutionGuard,
    private readonly linker: ContactLinker,
  ) {}

  async lookup(em: EntityManager, command: ContactImportLookupCommand): Promise<ContactImportLookupReply> {
    const contacts = await em.find(
      Contact,
      { institutionId: command.institutionId, emailKey: { $in: command.emails.map(contactEmailKey) } },
      { populate: ['labels'] },
    );
    return {
      contacts: contacts.map((contact) => ({
        id: contact.id,
        email: contact.email,
        firstName: contact.firstName,
        lastName: contact.lastName,
        title: contact.title,
        companyName: contact.companyName,
        phone: contact.phone,
        labels: contact.labels.getItems().map((label) => label.name),
        archived: contact.archived,
      })),
    };
  }

  async apply(em: EntityManager, command: ContactImportApplyCommand): Promise<ImportApplyReply> {
    await this.institutions.mustExist(em, command.institutionId);
    return em.transactional(async (tx) => {
      const keys = command.contacts.map((row) => contactEmailKey(row.email));
      await this.linker.lock(
        tx,
        keys.map((key) => this.linker.emailLock(key)),
      );
      const labels = await this.labels(tx, command);
      const existing = await tx.find(
        Contact,
        {
          institutionId: command.institutionId,
          $or: [
            { emailKey: { $in: keys } },
            { id: { $in: command.contacts.flatMap((row) => (row.contactId ? [row.contactId] : [])) } },
          ],
        },
        // Locked, as staff's changes lock them: a change made meanwhile is read, not overwritten with stale keys.
        { populate: ['labels'], strategy: LoadStrategy.SELECT_IN, lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const byId = new Map(existing.map((contact) => [contact.id, contact]));
      const byEmail = new Map(existing.map((contact) => [contact.emailKey, contact]));
      const failures: ImportApplyFailure[] = [];
      const relinking: Contact[] = [];
      for (const row of command.contacts) {
        const contact = row.contactId ? byId.get(row.contactId) : byEmail.get(contactEmailKey(row.email));
        try {
          if (row.contactId && !contact)
            failures.push({ row: row.row, reason: 'the contact no longer exists' });
          else if (contact) this.update(tx, contact, row, labels);
          else relinking.push(this.create(tx, command, row, labels));
        } catch (error) {
          // A row that would put too many labels on its contact changes nothing of it; the batch's other rows go on.
          if (!(error instanceof ContactLabelLimit)) throw error;
          failures.push({ row: row.row, reason: error.body.message });
        }
      }
      await this.linker.relinkContacts(tx, relinking);
      return { failures };
    });
  }

  private create(
    em: EntityManager,
    command: ContactImportApplyCommand,
    row: ImportedContact,
    labels: Map<string, Label>,
  ): Contact {
    const contact = new Contact(
      command.institutionId,
      { firstName: '', lastName: '', ...rowChanges(row), email: row.email },
      'bulk_upload',
      command.actorId,
    );
    const added = contact.addLabels(labelsOfRow(row, labels));
    if (row.archived) contact.setArchived(true);
    em.persist(contact);
    recordContactCreated(em, contact);
    recordContactLabelsChanged(em, contact, { added });
    return contact;
  }

  /**
   * Only what the row gives changes, by the same rules as a change through the API; labels are added, never taken
   * away. The labels first: the only change that can be refused (too many), before any other is made.
   */
  private update(
    em: EntityManager,
    contact: Contact,
    row: ImportedContact,
    labels: Map<string, Label>,
  ): void {
    const added = contact.addLabels(labelsOfRow(row, labels));
    const changed = contact.update(rowChanges(row));
    if (changed.length > 0) recordContactUpdated(em, contact, changed);
    recordContactLabelsChanged(em, contact, { added });
    if (row.archived !== undefined && contact.setArchived(row.archived)) {
      recordContactArchived(em, contact, row.archived);
    }
  }

  /** The institution's labels the batch names, by name key; a name it does not have yet becomes a label. */
  private async labels(em: EntityManager, command: ContactImportApplyCommand): Promise<Map<string, Label>> {
    const names = new Map<string, string>();
    for (const row of command.contacts)
      for (const name of row.labels ?? []) names.set(labelNameKey(name), name);
    if (names.size === 0) return new Map();
    const found = await em.find(Label, {
      institutionId: command.institutionId,
      nameKey: { $in: [...names.keys()] },
    });
    const labels = new Map(found.map((label) => [label.nameKey, label]));
    for (const [key, name] of names) {
      if (labels.has(key)) continue;
      const label = new Label(command.institutionId, name);
      em.persist(label);
      recordLabelCreated(em, label);
      labels.set(key, label);
    }
    return labels;
  }
}

/** A row's fields as a change: a blank cell is no change, so it never erases. */
function rowChanges(row: ImportedContact): ContactChanges {
  const changes: ContactChanges = {};
  for (const field of ROW_FIELDS) if (row[field]?.trim()) changes[field] = row[field];
  return changes;
}

/** The labels the row names, from the batch's labels by name key. */
function labelsOfRow(row: ImportedContact, labels: Map<string, Label>): Label[] {
  return (row.labels ?? []).map((name) => labels.get(labelNameKey(name)) as Label);
}
