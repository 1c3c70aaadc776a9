import { Collection, Entity, Enum, Index, ManyToMany, Property, Unique } from '@mikro-orm/core';
import { CONTACT_SOURCES, ContactReply, ContactSource, LabelReply } from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';
import { Label } from '../labels/label.entity';

export interface ContactNames {
  firstName: string;
  lastName: string;
  email: string;
}

/** One entry of an institution's address book. Not a login: it is linked to the user with the same email. */
@Entity({ tableName: 'contact' })
@Unique({ properties: ['institutionId', 'emailKey'] })
@Index({ properties: ['emailKey'] })
@Index({ properties: ['linkedUserId'] })
export class Contact extends BaseEntity {
  @Property({ type: 'uuid' })
  institutionId: string;

  @Property({ type: 'text' })
  firstName!: string;

  @Property({ type: 'text' })
  lastName!: string;

  @Property({ type: 'text' })
  email!: string;

  /** The email as compared: unique within the institution, whatever its case. */
  @Property({ type: 'text' })
  emailKey!: string;

  /** `last first`, lower-cased: the name order of the list. */
  @Property({ type: 'text' })
  sortName!: string;

  /** Name, email and company name, lower-cased: what the text search reads (trigram-indexed). */
  @Property({ type: 'text' })
  searchText!: string;

  @Property({ type: 'text', nullable: true })
  title: string | null = null;

  @Property({ type: 'text', nullable: true })
  department: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'text', nullable: true })
  mobilePhone: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  companyId: string | null = null;

  @Property({ type: 'text', nullable: true })
  companyName: string | null = null;

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
  archivedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null;

  constructor(institutionId: string, names: ContactNames, source: ContactSource, createdBy: string | null) {
    super();
    this.institutionId = institutionId;
    this.source = source;
    this.createdBy = createdBy;
    this.rename(names);
  }

  rename(names: ContactNames): void {
    this.firstName = names.firstName.trim();
    this.lastName = names.lastName.trim();
    this.email = names.email.trim();
    this.emailKey = contactEmailKey(names.email);
    this.refreshKeys();
  }

  /** Recomputes what the list sorts and searches by, after any change of names, email or company. */
  refreshKeys(): void {
    this.sortName = `${this.lastName} ${this.firstName}`.toLowerCase();
    this.searchText = [this.firstName, this.lastName, this.email, this.companyName ?? '']
      .join(' ')
      .toLowerCase();
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

/** Emails are unique within an address book whatever their case: this is the form compared and indexed. */
export function contactEmailKey(email: string): string {
  return email.trim().toLowerCase();
}
