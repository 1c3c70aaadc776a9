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
