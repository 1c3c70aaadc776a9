import { Collection, Entity, Enum, Index, ManyToMany, Property, Unique } from '@mikro-orm/core';
import {
  CONTACT_LABELS_MAX,
  CONTACT_SOURCES,
  ContactReply,
  ContactSource,
  LabelReply,
} from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';
import { Label } from '../labels/label.entity';
import { ContactLabelLimit } from './contact-errors';

/** What a contact cannot be without. */
export interface ContactNames {
  firstName: string;
  lastName: string;
  email: string;
}

/** A change to a contact's fields: a field absent is left as it is. */
export interface ContactChanges {
  firstName?: string;
  lastName?: string;
  email?: string;
  title?: string | null;
  department?: string | null;
  phone?: string | null;
  mobilePhone?: string | null;
  companyId?: string | null;
  companyName?: string | null;
}

/** The fields a change can make, in the order `contact.updated` names them. */
export const CONTACT_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'title',
  'department',
  'phone',
  'mobilePhone',
  'companyId',
  'companyName',
] as const;

export type ContactField = (typeof CONTACT_FIELDS)[number];

const NAMES = ['firstName', 'lastName', 'email'] as const;
const DETAILS = ['title', 'department', 'phone', 'mobilePhone', 'companyName'] as const;

/** One entry of an institution's address book. Not a login: it is linked to the user with the same email. */
@Entity({ tableName: 'contact' })
@Unique({ properties: ['institutionId', 'emailKey'] })
@Index({ properties: ['emailKey'] })
@Index({ properties: ['linkedUserId'] })
export class Contact extends BaseEntity {
  @Property({ type: 'uuid' })
  institutionId: string;

  @Property({ type: 'text' })
  readonly firstName!: string;

  @Property({ type: 'text' })
  readonly lastName!: string;

  @Property({ type: 'text' })
  readonly email!: string;

  /** The email as compared: unique within the institution, whatever its case. */
  @Property({ type: 'text' })
  readonly emailKey!: string;

  /** `last first`, lower-cased: the name order of the list. */
  @Property({ type: 'text' })
  readonly sortName!: string;

  /**
   * Name, email and company name, lower-cased: the words a search matches (`contact_search_prefix`, which a trigger
   * keeps from this column).
   */
  @Property({ type: 'text' })
  readonly searchText!: string;

  @Property({ type: 'text', nullable: true })
  readonly title: string | null = null;

  @Property({ type: 'text', nullable: true })
  readonly department: string | null = null;

  @Property({ type: 'text', nullable: true })
  readonly phone: string | null = null;

  @Property({ type: 'text', nullable: true })
  readonly mobilePhone: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  readonly companyId: string | null = null;

  @Property({ type: 'text', nullable: true })
  readonly companyName: string | null = null;

  @Enum({ items: () => CONTACT_SOURCES, type: 'text' })
  readonly source: ContactSource;

  @ManyToMany(() => Label, undefined, {
    owner: true,
    pivotTable: 'contact_label',
    joinColumn: 'contact_id',
    inverseJoinColumn: 'label_id',
  })
  labels = new Collection<Label>(this);

  @Property({ type: 'uuid', nullable: true })
  linkedUserId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  linkedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  readonly archivedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null;

  constructor(
    institutionId: string,
    fields: ContactNames & ContactChanges,
    source: ContactSource,
    createdBy: string | null,
  ) {
    super();
    this.institutionId = institutionId;
    this.source = source;
    this.createdBy = createdBy;
    this.update(fields);
  }

  /**
   * The one way a contact's fields change, whoever asks (staff through the API, an import's row): names and email are
   * trimmed, a blank detail is cleared, and the keys the list compares, sorts and searches by follow in the same
   * step. Returns the fields whose value changed. (The fields are `readonly` to callers; the entity alone writes
   * them, with `Object.assign`.)
   */
  update(changes: ContactChanges): ContactField[] {
    const next = normalized(changes);
    const changed = CONTACT_FIELDS.filter((field) => field in next && next[field] !== this[field]);
    Object.assign(this, next);
    Object.assign(this, contactKeys(this));
    return changed;
  }

  /**
   * The one way labels are put on a contact: those of `labels` it does not carry yet, all or none, since a contact
   * carries at most CONTACT_LABELS_MAX. Returns the labels put on. Callers hold the contact's row lock (or made the
   * contact), so that two additions at once count each other's labels.
   */
  addLabels(labels: Label[]): Label[] {
    const added = labels.filter((label, i) => !this.labels.contains(label) && labels.indexOf(label) === i);
    if (added.length === 0) return added;
    if (this.labels.length + added.length > CONTACT_LABELS_MAX) {
      throw new ContactLabelLimit(this.id, this.labels.length, added.length);
    }
    this.labels.add(added);
    return added;
  }

  /** Archives (`true`) or restores (`false`); says whether that changed anything. */
  setArchived(archived: boolean): boolean {
    if (this.archived === archived) return false;
    Object.assign(this, { archivedAt: archived ? new Date() : null });
    return true;
  }

  link(userId: string): void {
    this.linkedUserId = userId;
    this.linkedAt = new Date();
  }

  unlink(): void {
    this.linkedUserId = null;
    this.linkedAt = null;
  }

  get archived(): boolean {
    return this.archivedAt !== null;
  }

  toReply(): ContactReply {
    return contactReply(
      this,
      this.labels.getItems().map((label) => label.toReply()),
    );
  }
}

/** The stored fields a reply is made of: an entity's, or a row's as a list reads them without making entities. */
export type ContactFields = Pick<
  Contact,
  | 'id'
  | 'institutionId'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'title'
  | 'department'
  | 'phone'
  | 'mobilePhone'
  | 'companyId'
  | 'companyName'
  | 'source'
  | 'linkedUserId'
  | 'linkedAt'
  | 'archivedAt'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
>;

export function contactReply(contact: ContactFields, labels: LabelReply[]): ContactReply {
  return {
    id: contact.id,
    institutionId: contact.institutionId,
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    title: contact.title,
    department: contact.department,
    phone: contact.phone,
    mobilePhone: contact.mobilePhone,
    companyId: contact.companyId,
    companyName: contact.companyName,
    source: contact.source,
    labels: [...labels].sort((a, b) => a.name.localeCompare(b.name)),
    linkedUserId: contact.linkedUserId,
    linkedAt: isoOrNull(contact.linkedAt),
    archived: contact.archivedAt !== null,
    archivedAt: isoOrNull(contact.archivedAt),
    createdBy: contact.createdBy,
    createdAt: new Date(contact.createdAt).toISOString(),
    updatedAt: new Date(contact.updatedAt).toISOString(),
  };
}

function isoOrNull(time: Date | null): string | null {
  return time === null ? null : new Date(time).toISOString();
}

/** A change's fields as stored: names and email trimmed, blank details null. */
function normalized(changes: ContactChanges): Partial<Record<ContactField, string | null>> {
  const fields: Partial<Record<ContactField, string | null>> = {};
  for (const field of NAMES) {
    const value = changes[field];
    if (value !== undefined) fields[field] = value.trim();
  }
  for (const field of DETAILS) {
    const value = changes[field];
    if (value !== undefined) fields[field] = value?.trim() || null;
  }
  if (changes.companyId !== undefined) fields.companyId = changes.companyId;
  return fields;
}

/** What the list compares, sorts and searches a contact by, derived from its fields. */
export function contactKeys(
  contact: Pick<Contact, 'firstName' | 'lastName' | 'email' | 'companyName'>,
): Pick<Contact, 'emailKey' | 'sortName' | 'searchText'> {
  return {
    emailKey: contactEmailKey(contact.email),
    sortName: `${contact.lastName} ${contact.firstName}`.toLowerCase(),
    searchText: [contact.firstName, contact.lastName, contact.email, contact.companyName ?? '']
      .join(' ')
      .toLowerCase(),
  };
}

/** Emails are unique within an address book whatever their case: this is the form compared and indexed. */
export function contactEmailKey(email: string): string {
  return email.trim().toLowerCase();
}
