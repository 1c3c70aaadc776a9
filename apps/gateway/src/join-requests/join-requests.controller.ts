import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  BulkDecisionKind,
  BulkDecisionReply,
  BulkDecisionRequest,
  BulkDecisionResultPageReply,
  DeclineJoinRequestRequest,
  JoinRequestDetailReply,
  JoinRequestPageReply,
  JoinRequestReply,
  ListBulkDecisionResultsQuery,
  ListJoinRequestsQuery,
  OnboardingSubjects,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { FastifyReply } from 'fastify';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';
import { idempotencyKeyOf } from '../http/idempotency-key';

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Starting again with the same key answers with the first bulk decision.',
};
const LOCATION = { Location: { description: 'The bulk decision to poll.', schema: { type: 'string' } } };

@ApiTags('join requests')
@ApiBearerAuth()
@Controller('institutions/:institutionId/join-requests')
export class JoinRequestsController {
  constructor(private readonly services: ServiceClient) {}

  /** Newest first, by status and kind; pending ones with the members who have the requester's name. */
  @Get()
  @ApiOperation({ operationId: 'listJoinRequests', summary: "List the institution's join requests" })
  @RequiresPermission('requests:review')
  @ApiOkResponse({ type: JoinRequestPageReply })
  list(
    @Param('institutionId') institutionId: string,
    @Query() query: ListJoinRequestsQuery,
  ): Promise<JoinRequestPageReply> {
    return this.services.request(OnboardingSubjects.listJoinRequests, { ...query, institutionId });
  }

  @Get(':requestId')
  @ApiOperation({ operationId: 'getJoinRequest', summary: 'Get a join request' })
  @RequiresPermission('requests:review')
  @ApiOkResponse({ type: JoinRequestDetailReply })
  get(
    @Param('institutionId') institutionId: string,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
  ): Promise<JoinRequestDetailReply> {
    return this.services.request(OnboardingSubjects.getJoinRequest, { institutionId, requestId });
  }

  /** Grants the membership (employers get the institution's default permissions) and mails the requester. */
  @Post(':requestId/approve')
  @ApiOperation({ operationId: 'approveJoinRequest', summary: 'Approve a join request' })
  @HttpCode(HttpStatus.OK)
  @RequiresPermission('requests:review')
  @ApiOkResponse({ type: JoinRequestReply })
  @ApiConflictResponse({ description: 'The request was decided already; decisions are final.' })
  approve(
    @Param('institutionId') institutionId: string,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<JoinRequestReply> {
    return this.services.request(OnboardingSubjects.approveJoinRequest, {
      institutionId,
      requestId,
      actorId: caller.userId,
    });
  }

  @Post(':requestId/decline')
  @ApiOperation({ operationId: 'declineJoinRequest', summary: 'Decline a join request' })
  @HttpCode(HttpStatus.OK)
  @RequiresPermission('requests:review')
  @ApiOkResponse({ type: JoinRequestReply })
  @ApiConflictResponse({ description: 'The request was decided already; decisions are final.' })
  decline(
    @Param('institutionId') institutionId: string,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
    @Body() body: DeclineJoinRequestRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<JoinRequestReply> {
    return this.services.request(OnboardingSubjects.declineJoinRequest, {
      ...body,
      institutionId,
      requestId,
      actorId: caller.userId,
    });
  }

  /** Deletes the self-made account that asked (it must have no other school), and closes the request. */
  @Post(':requestId/delete-account')
  @ApiOperation({
    operationId: 'deleteRequesterAccount',
    summary: "Delete the requester's account and close the request",
  })
  @HttpCode(HttpStatus.OK)
  @RequiresPermission('requests:review')
  @ApiOkResponse({ type: JoinRequestReply })
  @ApiConflictResponse({
    description: 'The account is not a pending self-made one, or the request was decided.',
  })
  deleteAccount(
    @Param('institutionId') institutionId: string,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<JoinRequestReply> {
    return this.services.request(OnboardingSubjects.deleteRequesterAccount, {
      institutionId,
      requestId,
      actorId: caller.userId,
    });
  }

  /**
   * Approves each request named, in the background: answers 202 at once with the bulk decision and its `Location`;
   * poll it for `progress`, and read each request's outcome (approved, or refused and why) from its `results`.
   */
  @Post('bulk-approve')
  @ApiOperation({
    operationId: 'bulkApproveJoinRequests',
    summary: 'Approve many join requests in the background',
  })
  @HttpCode(HttpStatus.ACCEPTED)
  @RequiresPermission('requests:review')
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiAcceptedResponse({ type: BulkDecisionReply, headers: LOCATION })
  bulkApprove(
    @Param('institutionId') institutionId: string,
    @Body() body: BulkDecisionRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BulkDecisionReply> {
    return this.startBulkDecision(institutionId, body, 'approve', idempotencyKey, caller, reply);
  }

  /** Declines each request named, in the background, as `bulk-approve` does. */
  @Post('bulk-decline')
  @ApiOperation({
    operationId: 'bulkDeclineJoinRequests',
    summary: 'Decline many join requests in the background',
  })
  @HttpCode(HttpStatus.ACCEPTED)
  @RequiresPermission('requests:review')
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiAcceptedResponse({ type: BulkDecisionReply, headers: LOCATION })
  bulkDecline(
    @Param('institutionId') institutionId: string,
    @Body() body: BulkDecisionRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BulkDecisionReply> {
    return this.startBulkDecision(institutionId, body, 'decline', idempotencyKey, caller, reply);
  }

  /** How far a bulk decision is: `status` is `done` once every request named is decided or refused. */
  @Get('bulk-decisions/:bulkDecisionId')
  @ApiOperation({ operationId: 'getBulkDecision', summary: 'Get the progress of a bulk decision' })
  @RequiresPermission('requests:review')
  @ApiOkResponse({ type: BulkDecisionReply })
  bulkDecision(
    @Param('institutionId') institutionId: string,
    @Param('bulkDecisionId', new ParseUUIDPipe()) bulkDecisionId: string,
  ): Promise<BulkDecisionReply> {
    return this.services.request(OnboardingSubjects.getBulkDecision, { institutionId, bulkDecisionId });
  }

  /** Each request's outcome so far (`pending` until decided), in the order the requests were named. */
  @Get('bulk-decisions/:bulkDecisionId/results')
  @ApiOperation({ operationId: 'listBulkDecisionResults', summary: "List a bulk decision's results" })
  @RequiresPermission('requests:review')
  @ApiOkResponse({ type: BulkDecisionResultPageReply })
  bulkDecisionResults(
    @Param('institutionId') institutionId: string,
    @Param('bulkDecisionId', new ParseUUIDPipe()) bulkDecisionId: string,
    @Query() query: ListBulkDecisionResultsQuery,
  ): Promise<BulkDecisionResultPageReply> {
    return this.services.request(OnboardingSubjects.listBulkDecisionResults, {
      ...query,
      institutionId,
      bulkDecisionId,
    });
  }

  private async startBulkDecision(
    institutionId: string,
    body: BulkDecisionRequest,
    decision: BulkDecisionKind,
    idempotencyKey: string | undefined,
    caller: Caller,
    reply: FastifyReply,
  ): Promise<BulkDecisionReply> {
    const started = await this.services.request(OnboardingSubjects.startBulkDecision, {
      ...body,
      institutionId,
      actorId: caller.userId,
      decision,
      ...idempotencyKeyOf(idempotencyKey),
    });
    reply.header('location', `/v1/institutions/${institutionId}/join-requests/bulk-decisions/${started.id}`);
    return started;
  }
}
