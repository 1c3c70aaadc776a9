import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  BulkDecisionReply,
  BulkDecisionRequest,
  DeclineJoinRequestRequest,
  JoinRequestDetailReply,
  JoinRequestPageReply,
  JoinRequestReply,
  ListJoinRequestsQuery,
  OnboardingSubjects,
} from '@careers/contracts';
import { ServiceClient } from '@careers/messaging';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';

@ApiTags('join requests')
@ApiBearerAuth()
@Controller('institutions/:institutionId/join-requests')
export class JoinRequestsController {
  constructor(private readonly services: ServiceClient) {}

  /** Newest first, by status and kind; pending ones with the members who have the requester's name. */
  @Get()
  @RequiresPermission('requests:review')
  @ApiOkResponse({ type: JoinRequestPageReply })
  list(
    @Param('institutionId') institutionId: string,
    @Query() query: ListJoinRequestsQuery,
  ): Promise<JoinRequestPageReply> {
    return this.services.request(OnboardingSubjects.listJoinRequests, { ...query, institutionId });
  }

  @Get(':requestId')
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

  /** Approves each request named; each result says whether it was approved or why not. */
  @Post('bulk-approve')
  @HttpCode(HttpStatus.OK)
  @RequiresPermission('requests:review')
  @ApiOkResponse({ type: BulkDecisionReply })
  bulkApprove(
    @Param('institutionId') institutionId: string,
    @Body() body: BulkDecisionRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<BulkDecisionReply> {
    return this.decideMany(institutionId, body, caller, 'approve');
  }

  @Post('bulk-decline')
  @HttpCode(HttpStatus.OK)
  @RequiresPermission('requests:review')
  @ApiOkResponse({ type: BulkDecisionReply })
  bulkDecline(
    @Param('institutionId') institutionId: string,
    @Body() body: BulkDecisionRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<BulkDecisionReply> {
    return this.decideMany(institutionId, body, caller, 'decline');
  }

  private decideMany(
    institutionId: string,
    body: BulkDecisionRequest,
    caller: Caller,
    decision: 'approve' | 'decline',
  ): Promise<BulkDecisionReply> {
    return this.services.request(OnboardingSubjects.decideJoinRequests, {
      ...body,
      institutionId,
      actorId: caller.userId,
      decision,
    });
  }
}
