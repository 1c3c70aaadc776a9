import { CursorPageQuery } from '../page-query.dto';

import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import type { UserType } from '../identity/user-type';
import { IMPORT_APPLY_MAX } from '../importer/import-apply.dto';
import type { MembershipStatus } from '../identity/membership.dto';

/** `account_deleted`: staff deleted the pending account that asked. Every status but `pending` is final. */
export const JOIN_REQUEST_STATUSES = ['pending', 'approved', 'declined', 'account_deleted'] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];

/** Who asks: an employer connecting, or a self-registered student or alumni picking the school. */
export const JOIN_REQUEST_KINDS = ['employer', 'student', 'alumni'] as const;
export type JoinRequestKind = (typeof JOIN_REQUEST_KINDS)[number];

export const BULK_DECISION_MAX = 500;

export class CreateJoinRequestRequest {
  @IsUUID('all', { message: 'institutionId must be a UUID' })
  @IsDefined({ message: 'institutionId is required' })
  institutionId!: string;
}

export class CreateJoinRequestCommand extends CreateJoinRequestRequest {
  @IsUUID()
  userId!: string;
}

export class ListJoinRequestsQuery extends CursorPageQuery {
  @IsIn(JOIN_REQUEST_STATUSES, { message: `status must be one of ${JOIN_REQUEST_STATUSES.join(', ')}` })
  @IsOptional()
  status?: JoinRequestStatus;

  @IsIn(JOIN_REQUEST_KINDS, { message: `kind must be one of ${JOIN_REQUEST_KINDS.join(', ')}` })
  @IsOptional()
  kind?: JoinRequestKind;
}

export class ListJoinRequestsCommand extends ListJoinRequestsQuery {
  @IsUUID()
  institutionId!: string;
}

export class ListMyJoinRequestsQuery extends CursorPageQuery {}

export class MyJoinRequestsCommand extends ListMyJoinRequestsQuery {
  @IsUUID()
  userId!: string;
}

export class DeclineJoinRequestRequest {
  /** Kept with the decision; not sent to the requester. */
  @MaxLength(1000)
  @IsString()
  @IsOptional()
  reason?: string;
}

export class JoinRequestDecisionCommand extends DeclineJoinRequestRequest {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  requestId!: string;

  @IsUUID()
  actorId!: string;
}

export class JoinRequestCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  requestId!: string;
}

export class BulkDecisionRequest extends DeclineJoinRequestRequest {
  @IsUUID('all', { each: true, message: 'requestIds must hold join request ids' })
  @ArrayUnique({ message: 'requestIds must not repeat' })
  @ArrayMaxSize(BULK_DECISION_MAX)
  @ArrayMinSize(1, { message: 'requestIds must name at least one request' })
  @IsArray({ message: 'requestIds must be a list' })
  @IsDefined({ message: 'requestIds is required' })
  requestIds!: string[];
}

export const BULK_DECISION_KINDS = ['approve', 'decline'] as const;
export type BulkDecisionKind = (typeof BULK_DECISION_KINDS)[number];

export class BulkDecisionCommand extends BulkDecisionRequest {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  actorId!: string;

  @IsIn(BULK_DECISION_KINDS)
  decision!: BulkDecisionKind;

  /** The `Idempotency-Key` header: starting again with the same key answers with the first bulk decision. */
  @MaxLength(200)
  @IsString()
  @IsOptional()
  idempotencyKey?: string;
}

export class BulkDecisionQueryCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  bulkDecisionId!: string;
}

export class ListBulkDecisionResultsQuery extends CursorPageQuery {}

export class ListBulkDecisionResultsCommand extends ListBulkDecisionResultsQuery {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  bulkDecisionId!: string;
}

export class RequesterReply {
  userId!: string;
  name!: string;
  email!: string;
  userType!: UserType;
}

/** A member of the institution with the requester's name: perhaps the same person, loaded with another email. */
export class SimilarAccountReply {
  userId!: string;
  name!: string;
  email!: string;
  userType!: UserType;
  membershipStatus!: MembershipStatus;
}

export class JoinRequestDecisionReply {
  /** `null` when the institution's setting approved it at once. */
  decidedBy!: string | null;
  decidedAt!: string;
  reason!: string | null;
}

export class JoinRequestReply {
  id!: string;
  institutionId!: string;
  kind!: JoinRequestKind;
  status!: JoinRequestStatus;
  requester!: RequesterReply;
  /** `invitation` when the requester came through an invitation's link. */
  source!: 'self' | 'invitation';
  decision!: JoinRequestDecisionReply | null;
  createdAt!: string;
}

export class JoinRequestDetailReply extends JoinRequestReply {
  similarAccounts!: SimilarAccountReply[];
}

export class JoinRequestPageReply {
  items!: JoinRequestDetailReply[];
  /** Pass as `cursor` for the items after this page; `null` on the last page. */
  nextCursor!: string | null;
}

export class JoinRequestListReply {
  items!: JoinRequestReply[];
  /** Pass as `cursor` for the items after this page; `null` on the last page. */
  nextCursor!: string | null;
}

/** `pending`: not decided yet; `refused`: it could not be (decided already, not found), `reason` says why. */
export const BULK_DECISION_OUTCOMES = ['pending', 'approved', 'declined', 'refused'] as const;
export type BulkDecisionOutcome = (typeof BULK_DECISION_OUTCOMES)[number];

export class BulkDecisionResult {
  requestId!: string;
  outcome!: BulkDecisionOutcome;
  /** Why a request was refused (not pending, not found). */
  reason!: string | null;
}

export class BulkDecisionProgress {
  /** Requests decided or refused so far, out of `total`. */
  done!: number;
  total!: number;
  approved!: number;
  declined!: number;
  refused!: number;
}

/** Approving or declining many join requests, done in the background; poll it until `status` is `done`. */
export class BulkDecisionReply {
  id!: string;
  institutionId!: string;
  decision!: BulkDecisionKind;
  status!: 'running' | 'done';
  progress!: BulkDecisionProgress;
  createdBy!: string;
  createdAt!: string;
}

export class BulkDecisionResultPageReply {
  /** In the order the requests were named. */
  items!: BulkDecisionResult[];
  /** Pass as `cursor` for the items after this page; `null` on the last page. */
  nextCursor!: string | null;
}

/** An import run with the sensitive-fields setting approves the pending requests of the people it updated. */
export class ApproveImportedMembersCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  actorId!: string;

  @IsUUID('all', { each: true })
  @ArrayMaxSize(IMPORT_APPLY_MAX)
  @IsArray()
  userIds!: string[];
}

export class ApproveImportedMembersReply {
  /** How many pending requests were approved (the others were decided already). */
  approved!: number;
}
