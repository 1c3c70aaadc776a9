import { CursorPageQuery } from '../page-query.dto';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ContactFilter } from '../directory/contact-query.dto';

/**
 * What each invited contact gets: `no_account` an email to create an account and join the school;
 * `account_no_company` an email to join their company and connect; `account_with_company` an email saying the
 * school was added to their schools (a connection request is made for them); `already_connected` no email.
 */
export const INVITE_OUTCOMES = [
  'no_account',
  'account_no_company',
  'account_with_company',
  'already_connected',
] as const;
export type InviteOutcome = (typeof INVITE_OUTCOMES)[number];

/** The outcomes that send an email. */
export const MAILED_OUTCOMES = ['no_account', 'account_no_company', 'account_with_company'] as const;
export type MailedOutcome = (typeof MAILED_OUTCOMES)[number];

/** Why a chosen contact cannot be invited. */
export const NOT_INVITABLE_REASONS = [
  'archived',
  'not_an_employer',
  'request_pending',
  'declined_before',
] as const;
export type NotInvitableReason = (typeof NOT_INVITABLE_REASONS)[number];

export const BULK_INVITE_STATUSES = ['draft', 'sending', 'sent'] as const;
export type BulkInviteStatus = (typeof BULK_INVITE_STATUSES)[number];

export const BULK_INVITE_MAX_IDS = 100_000;

/** Either chosen contacts or every contact matching a filter (the address book's filter language). */
export class CreateBulkInviteRequest {
  @IsUUID('all', { each: true, message: 'contactIds must hold contact ids' })
  @ArrayUnique({ message: 'contactIds must not repeat' })
  @ArrayMaxSize(BULK_INVITE_MAX_IDS)
  @IsArray({ message: 'contactIds must be a list' })
  @IsOptional()
  contactIds?: string[];

  @ValidateNested()
  @Type(() => ContactFilter)
  @IsOptional()
  filter?: ContactFilter;
}

export class CreateBulkInviteCommand extends CreateBulkInviteRequest {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  actorId!: string;
}

export class BulkInviteCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  inviteId!: string;
}

export class SendBulkInviteCommand extends BulkInviteCommand {
  @IsUUID()
  actorId!: string;

  /** The `Idempotency-Key` header: sending again with the same key answers as the first time. */
  @MaxLength(200)
  @IsString()
  @IsOptional()
  idempotencyKey?: string;
}

export class ListBulkInvitesQuery extends CursorPageQuery {}

export class ListBulkInvitesCommand extends ListBulkInvitesQuery {
  @IsUUID()
  institutionId!: string;
}

export class ListBulkInviteRecipientsQuery extends CursorPageQuery {}

export class ListBulkInviteRecipientsCommand extends ListBulkInviteRecipientsQuery {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  inviteId!: string;
}

export const INVITATION_STATES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

/** The invitation emailed to a recipient: resend or revoke it by its id while it is `pending` or `expired`. */
export class RecipientInvitationReply {
  id!: string;
  state!: InvitationState;
  expiresAt!: string;
}

/** A contact of a bulk invite and what it got: its outcome (decided again when sent) and its invitation. */
export class BulkInviteRecipientReply {
  contactId!: string;
  email!: string;
  firstName!: string;
  lastName!: string;
  /** `null` when the contact cannot be invited (`notInvitable` says why). */
  outcome!: InviteOutcome | null;
  notInvitable!: NotInvitableReason | null;
  emailedAt!: string | null;
  invitation!: RecipientInvitationReply | null;
}

export class BulkInviteRecipientPageReply {
  items!: BulkInviteRecipientReply[];
  /** Pass as `cursor` for the items after this page; `null` on the last page. */
  nextCursor!: string | null;
}

export class PreviewInviteQuery {
  @IsIn(MAILED_OUTCOMES, { message: `outcome must be one of ${MAILED_OUTCOMES.join(', ')}` })
  outcome!: MailedOutcome;
}

export class PreviewInviteCommand extends PreviewInviteQuery {
  @IsUUID()
  institutionId!: string;
}

export class InviteDemographics {
  /** Every contact chosen. */
  contacts!: number;
  /** How many fall in each outcome. */
  outcomes!: Record<InviteOutcome, number>;
  /** How many cannot be invited, by reason. */
  notInvitable!: Record<NotInvitableReason, number>;
  /** How many get an email. */
  emails!: number;
}

/** What employers did since the invite: kept current as they act. */
export class EmployerActions {
  accountsCreated!: number;
  connectionRequests!: number;
  approvals!: number;
}

export class BulkInviteReply {
  id!: string;
  institutionId!: string;
  status!: BulkInviteStatus;
  demographics!: InviteDemographics;
  /** Emails handed to the mail queue so far, out of `demographics.emails`. */
  progress!: { emailed: number; total: number };
  employerActions!: EmployerActions;
  createdBy!: string;
  /** The name of who made the invite, as it is now; `null` once their account is deleted, or until it is known here. */
  createdByName!: string | null;
  createdAt!: string;
  sentAt!: string | null;
}

export class BulkInvitePageReply {
  items!: BulkInviteReply[];
  /** Pass as `cursor` for the items after this page; `null` on the last page. */
  nextCursor!: string | null;
}

export class MailPreviewReply {
  outcome!: MailedOutcome;
  subject!: string;
  html!: string;
  text!: string;
}
