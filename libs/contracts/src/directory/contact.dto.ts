import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import type { LabelReply } from './label.dto';
import { IsPersonName } from '../person-name';
import { PHONE_MESSAGE, PHONE_PATTERN } from '../phone';

/** How a contact first came to the institution. Set once, when the contact is created; never changed. */
export const CONTACT_SOURCES = [
  'manual',
  'bulk_upload',
  'career_fair',
  'job_posting',
  'connection_request',
  'invitation',
] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

/** The sources a person may give when adding a contact by hand; the others are set by the system. */
export const MANUAL_CONTACT_SOURCES = ['manual', 'career_fair', 'job_posting'] as const;

/**
 * The most labels one contact carries. Labels are for sorting an address book into a few groups; a contact under
 * hundreds of them is a mistake or a script gone wrong, and would make every page that shows it heavy.
 */
export const CONTACT_LABELS_MAX = 50;

const given = (field: string) => (body: object) => (body as Record<string, unknown>)[field] !== undefined;

/** The optional details of a contact; `null` clears one on update. */
export class ContactDetails {
  @MaxLength(200)
  @IsString()
  @IsOptional()
  title?: string | null;

  @MaxLength(200)
  @IsString()
  @IsOptional()
  department?: string | null;

  @Matches(PHONE_PATTERN, { message: `phone ${PHONE_MESSAGE}` })
  @IsString()
  @IsOptional()
  phone?: string | null;

  @Matches(PHONE_PATTERN, { message: `mobilePhone ${PHONE_MESSAGE}` })
  @IsString()
  @IsOptional()
  mobilePhone?: string | null;

  /** A company profile of the directory; its name becomes the contact's company name. */
  @IsUUID('all', { message: 'companyId must be a UUID' })
  @IsOptional()
  companyId?: string | null;

  /** The employer's name as written, for a company without a profile. */
  @MaxLength(200)
  @IsString()
  @IsOptional()
  companyName?: string | null;
}

/** A contact's required fields, its details and its first labels. */
export class NewContact extends ContactDetails {
  @IsPersonName()
  @MaxLength(100)
  @Matches(/\S/, { message: 'firstName must not be blank' })
  @IsString()
  @IsDefined({ message: 'firstName is required' })
  firstName!: string;

  @IsPersonName()
  @MaxLength(100)
  @Matches(/\S/, { message: 'lastName must not be blank' })
  @IsString()
  @IsDefined({ message: 'lastName is required' })
  lastName!: string;

  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  @IsString()
  @IsDefined({ message: 'email is required' })
  email!: string;

  /** Labels of this institution to put on the contact. */
  @IsUUID('all', { each: true, message: 'labelIds must hold label ids' })
  @ArrayUnique({ message: 'labelIds must not repeat' })
  // CONTACT_LABELS_MAX written out: the OpenAPI document shows a bound only when it is a literal (`maxItems`).
  @ArrayMaxSize(50, { message: `labelIds must hold at most ${CONTACT_LABELS_MAX} labels` })
  @IsArray({ message: 'labelIds must be a list' })
  @IsOptional()
  labelIds?: string[];
}

export class CreateContactRequest extends NewContact {
  /** How the contact came; `manual` when not given. */
  @IsIn(MANUAL_CONTACT_SOURCES, { message: `source must be one of ${MANUAL_CONTACT_SOURCES.join(', ')}` })
  @IsOptional()
  source?: ContactSource;
}

/** What services send: any source, and who adds the contact. */
export class CreateContactCommand extends NewContact {
  @IsIn(CONTACT_SOURCES, { message: `source must be one of ${CONTACT_SOURCES.join(', ')}` })
  @IsOptional()
  source?: ContactSource;

  @IsUUID()
  institutionId!: string;

  /** The person who added it; absent when the system did. */
  @IsUUID()
  @IsOptional()
  actorId?: string;
}

/** Only the fields given change. The source is not among them: it never changes. */
export class UpdateContactRequest extends ContactDetails {
  @IsPersonName()
  @MaxLength(100)
  @Matches(/\S/, { message: 'firstName must not be blank' })
  @IsString({ message: 'firstName must be a string' })
  @ValidateIf(given('firstName'))
  firstName?: string;

  @IsPersonName()
  @MaxLength(100)
  @Matches(/\S/, { message: 'lastName must not be blank' })
  @IsString({ message: 'lastName must be a string' })
  @ValidateIf(given('lastName'))
  lastName?: string;

  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  @IsString({ message: 'email must be a string' })
  @ValidateIf(given('email'))
  email?: string;
}

export class ContactCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  contactId!: string;
}

export class UpdateContactCommand extends UpdateContactRequest {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  contactId!: string;
}

export class ContactLabelRequest {
  @IsUUID('all', { message: 'labelId must be a UUID' })
  @IsDefined({ message: 'labelId is required' })
  labelId!: string;
}

export class ContactLabelCommand extends ContactLabelRequest {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  contactId!: string;
}

export class ContactReply {
  id!: string;
  institutionId!: string;
  firstName!: string;
  lastName!: string;
  email!: string;
  title!: string | null;
  department!: string | null;
  phone!: string | null;
  mobilePhone!: string | null;
  companyId!: string | null;
  companyName!: string | null;
  source!: ContactSource;
  labels!: LabelReply[];
  /** The user with the same email, when there is one. */
  linkedUserId!: string | null;
  linkedAt!: string | null;
  archived!: boolean;
  archivedAt!: string | null;
  createdBy!: string | null;
  createdAt!: string;
  updatedAt!: string;
}
