import { LoadStrategy, LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ContactReply, CreateContactCommand, UpdateContactCommand } from '@careers/contracts';
import { onUniqueViolation } from '@careers/persistence';
import { Company } from '../companies/company.entity';
import { InstitutionGuard } from '../institutions/institution-guard';
import { LabelsService } from '../labels/labels.service';
import { ContactLinker } from '../linking/contact-linker';
import { Contact, ContactChanges, contactEmailKey } from './contact.entity';
import {
  recordContactArchived,
  recordContactCreated,
  recordContactLabelsChanged,
  recordContactUpdated,
} from './contact-events';
import { ContactEmailTaken, ContactNotFound, UnknownCompany } from './contact-errors';

/** Adding, changing, archiving and labelling the contacts of an institution's address book. */
@Injectable()
export class ContactsService {
  constructor(
    private readonly institutions: InstitutionGuard,
    private readonly labels: LabelsService,
    private readonly linker: ContactLinker,
  ) {}

  async create(em: EntityManager, command: CreateContactCommand): Promise<ContactReply> {
    await this.institutions.mustExist(em, command.institutionId);
    const labels = await this.labels.ownLabels(em, command.institutionId, command.labelIds ?? [], 'labelIds');
    const contact = new Contact(
      command.institutionId,
      await this.withCompanyName(em, command),
      command.source ?? 'manual',
      command.actorId ?? null,
    );
    const added = contact.addLabels(labels);
    await this.saveUnderEmailLock(em, contact, async (tx) => {
      await this.refuseTakenEmail(tx, contact);
      await this.linker.relinkContact(tx, contact);
      tx.persist(contact);
      recordContactCreated(tx, contact);
      recordContactLabelsChanged(tx, contact, { added });
    });
    return contact.toReply();
  }

  async get(em: EntityManager, institutionId: string, contactId: string): Promise<Contact> {
    const contact = await em.findOne(Contact, { id: contactId, institutionId }, { populate: ['labels'] });
    if (!contact) throw new ContactNotFound(contactId);
    return contact;
  }

  /**
   * Changes only the fields given. The source is never among them. The contact is read under its row lock, so that
   * two changes at once apply one after the other and its derived keys (the name order, the words a search matches)
   * always follow every field; a new email's lock is taken first, as the linking and imports take them.
   */
  async update(em: EntityManager, command: UpdateContactCommand): Promise<ContactReply> {
    const changes = await this.withCompanyName(em, command);
    const emailKey = changes.email === undefined ? null : contactEmailKey(changes.email);
    return onUniqueViolation(
      () =>
        em.transactional(async (tx) => {
          if (emailKey !== null) await this.linker.lock(tx, [this.linker.emailLock(emailKey)]);
          const contact = await this.locked(tx, command.institutionId, command.contactId);
          const changed = contact.update(changes);
          if (changed.includes('email')) {
            await this.refuseTakenEmail(tx, contact);
            await this.linker.relinkContact(tx, contact);
          }
          if (changed.length > 0) recordContactUpdated(tx, contact, changed);
          return contact.toReply();
        }),
      async () => {
        if (emailKey !== null) {
          const { institutionId, contactId: id } = command;
          await this.refuseTakenEmail(em.fork(), { institutionId, emailKey, id });
        }
      },
    );
  }

  /** Archived contacts leave the default list and keep everything: notes, labels, links. */
  async setArchived(
    em: EntityManager,
    institutionId: string,
    contactId: string,
    archived: boolean,
  ): Promise<ContactReply> {
    return em.transactional(async (tx) => {
      const contact = await this.locked(tx, institutionId, contactId);
      if (contact.setArchived(archived)) recordContactArchived(tx, contact, archived);
      return contact.toReply();
    });
  }

  /**
   * Under the contact's row lock, so that `labels-changed` carries the labels the contact really has after it, and two
   * additions at once cannot both pass the most labels a contact carries.
   */
  async addLabel(em: EntityManager, institutionId: string, contactId: string, labelId: string) {
    return em.transactional(async (tx) => {
      const contact = await this.locked(tx, institutionId, contactId);
      const [label] = await this.labels.ownLabels(tx, institutionId, [labelId], 'labelId');
      recordContactLabelsChanged(tx, contact, { added: contact.addLabels([label]) });
      return contact.toReply();
    });
  }

  async removeLabel(em: EntityManager, institutionId: string, contactId: string, labelId: string) {
    return em.transactional(async (tx) => {
      const contact = await this.locked(tx, institutionId, contactId);
      const label = contact.labels.getItems().find((held) => held.id === labelId);
      if (label) {
        contact.labels.remove(label);
        recordContactLabelsChanged(tx, contact, { removed: [label] });
      }
      return contact.toReply();
    });
  }

  /** The contact with its labels, its row locked until the transaction ends (the labels read by a query of their own). */
  private async locked(tx: EntityManager, institutionId: string, contactId: string): Promise<Contact> {
    const contact = await tx.findOne(
      Contact,
      { id: contactId, institutionId },
      { populate: ['labels'], strategy: LoadStrategy.SELECT_IN, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!contact) throw new ContactNotFound(contactId);
    return contact;
  }

  /** A company named by id lends the contact its name; an id that is no company's is refused. */
  private async withCompanyName<T extends ContactChanges>(em: EntityManager, changes: T): Promise<T> {
    if (!changes.companyId) return changes;
    const company = await em.findOne(Company, { id: changes.companyId });
    if (!company) throw new UnknownCompany(changes.companyId);
    return { ...changes, companyName: company.name };
  }

  /**
   * Writes under the contact's email lock, in one transaction, so that a user with the same email arriving at the
   * same moment is linked either here or by the user's event. Two requests with the same email at once: the unique
   * index decides, and the loser gets the same 409.
   */
  private async saveUnderEmailLock(
    em: EntityManager,
    contact: Contact,
    write: (tx: EntityManager) => Promise<void>,
  ): Promise<void> {
    await onUniqueViolation(
      () =>
        em.transactional(async (tx) => {
          await this.linker.lock(tx, [this.linker.emailLock(contact.emailKey)]);
          await write(tx);
        }),
      () => this.refuseTakenEmail(em.fork(), contact),
    );
  }

  private async refuseTakenEmail(
    em: EntityManager,
    contact: Pick<Contact, 'institutionId' | 'emailKey' | 'id'>,
  ): Promise<void> {
    const existing = await em.findOne(Contact, {
      institutionId: contact.institutionId,
      emailKey: contact.emailKey,
      id: { $ne: contact.id },
    });
    if (existing) throw new ContactEmailTaken(existing);
  }
}
