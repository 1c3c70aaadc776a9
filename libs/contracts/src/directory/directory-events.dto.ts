import type { ContactSource } from './contact.dto';

export class ContactCreatedData {
  contactId!: string;
  institutionId!: string;
  email!: string;
  firstName!: string;
  lastName!: string;
  companyId!: string | null;
  source!: ContactSource;
}

export class ContactUpdatedData {
  contactId!: string;
  institutionId!: string;
  email!: string;
  firstName!: string;
  lastName!: string;
  companyId!: string | null;
  /** The fields that changed. */
  changed!: string[];
}

/** Archived, or restored. */
export class ContactArchivedData {
  contactId!: string;
  institutionId!: string;
}

/** The contact and a user share an email now. */
export class ContactLinkedData {
  contactId!: string;
  institutionId!: string;
  userId!: string;
  email!: string;
}

/** The contact and the user no longer share an email (either changed, or the user is gone). */
export class ContactUnlinkedData {
  contactId!: string;
  institutionId!: string;
  userId!: string;
}

export class CompanyCreatedData {
  companyId!: string;
  name!: string;
  domain!: string | null;
}

/** An employer user joined or left a company's staff. */
export class CompanyStaffChangedData {
  companyId!: string;
  userId!: string;
}

/**
 * The contact's labels changed: labels put on or taken off, or a new contact made with labels (published after its
 * `created`). A label deleted from the institution is not announced here for each contact that had it: its
 * `label.deleted` says every contact lost it.
 */
export class ContactLabelsChangedData {
  contactId!: string;
  institutionId!: string;
  /** Every label the contact has after the change. */
  labelIds!: string[];
  /** Labels the change put on. */
  added!: string[];
  /** Labels the change took off. */
  removed!: string[];
}

/** A staff member wrote a note about a contact. */
export class ContactNoteAddedData {
  noteId!: string;
  contactId!: string;
  institutionId!: string;
  authorId!: string;
  text!: string;
  createdAt!: string;
}

/** A label of the institution made (by staff, or by an import naming a label the institution did not have). */
export class LabelCreatedData {
  labelId!: string;
  institutionId!: string;
  name!: string;
}

export class LabelRenamedData {
  labelId!: string;
  institutionId!: string;
  previousName!: string;
  name!: string;
}

/**
 * A label deleted: every contact that had it has lost it, in the same change. One event, however many contacts had
 * the label (no `contact.labels-changed` for each of them): a consumer that keeps contacts' labels drops it from all.
 */
export class LabelDeletedData {
  labelId!: string;
  institutionId!: string;
  name!: string;
}
