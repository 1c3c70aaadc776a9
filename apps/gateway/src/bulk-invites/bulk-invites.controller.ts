import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  BulkInvitePageReply,
  BulkInviteRecipientPageReply,
  BulkInviteReply,
  CreateBulkInviteRequest,
  ListBulkInviteRecipientsQuery,
  ListBulkInvitesQuery,
  MailPreviewReply,
  OnboardingSubjects,
  PreviewInviteQuery,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';
import { idempotencyKeyOf } from '../http/idempotency-key';

@ApiTags('bulk invites')
@ApiBearerAuth()
@Controller('institutions/:institutionId/bulk-invites')
export class BulkInvitesController {
  constructor(private readonly services: ServiceClient) {}

  /**
   * A draft invite of chosen contacts (`contactIds`) or of every contact matching `filter`, with its demographics:
   * how many contacts fall in each outcome, and how many cannot be invited and why. Nothing is sent yet.
   */
  @Post()
  @ApiOperation({ operationId: 'createBulkInvite', summary: 'Draft a bulk invite' })
  @RequiresPermission('invites:send')
  @ApiCreatedResponse({ type: BulkInviteReply })
  @ApiConflictResponse({ description: 'The default employer-approval setting is not set yet.' })
  @ApiUnprocessableEntityResponse({
    description: 'Ids that are not contacts here, or a filter matching none.',
  })
  @ApiServiceUnavailableResponse({
    description:
      'Finding the contacts took longer than the directory allows (`contact-query-too-slow`: narrow the filter or try again later), or a service is not available.',
  })
  create(
    @Param('institutionId') institutionId: string,
    @Body() body: CreateBulkInviteRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<BulkInviteReply> {
    return this.services.request(OnboardingSubjects.createBulkInvite, {
      ...body,
      institutionId,
      actorId: caller.userId,
    });
  }

  /** Newest first, each with its demographics, its progress and the employer actions taken since. */
  @Get()
  @ApiOperation({ operationId: 'listBulkInvites', summary: 'List bulk invites' })
  @RequiresPermission('invites:send')
  @ApiOkResponse({ type: BulkInvitePageReply })
  list(
    @Param('institutionId') institutionId: string,
    @Query() query: ListBulkInvitesQuery,
  ): Promise<BulkInvitePageReply> {
    return this.services.request(OnboardingSubjects.listBulkInvites, { ...query, institutionId });
  }

  /** What a chosen outcome's email will look like, with the institution's name. */
  @Get('preview')
  @ApiOperation({ operationId: 'previewInviteMail', summary: "Preview an outcome's invitation mail" })
  @RequiresPermission('invites:send')
  @ApiOkResponse({ type: MailPreviewReply })
  preview(
    @Param('institutionId') institutionId: string,
    @Query() query: PreviewInviteQuery,
  ): Promise<MailPreviewReply> {
    return this.services.request(OnboardingSubjects.previewInvite, { ...query, institutionId });
  }

  @Get(':inviteId')
  @ApiOperation({ operationId: 'getBulkInvite', summary: 'Get a bulk invite' })
  @RequiresPermission('invites:send')
  @ApiOkResponse({ type: BulkInviteReply })
  get(
    @Param('institutionId') institutionId: string,
    @Param('inviteId', new ParseUUIDPipe()) inviteId: string,
  ): Promise<BulkInviteReply> {
    return this.services.request(OnboardingSubjects.getBulkInvite, { institutionId, inviteId });
  }

  /**
   * The invite's contacts by name, paged: each with its outcome (classified again when the invite is sent) and, once
   * emailed, its invitation's id and state, to resend or revoke it under `/invitations/{invitationId}`.
   */
  @Get(':inviteId/recipients')
  @ApiOperation({ operationId: 'listBulkInviteRecipients', summary: "List a bulk invite's recipients" })
  @RequiresPermission('invites:send')
  @ApiOkResponse({ type: BulkInviteRecipientPageReply })
  recipients(
    @Param('institutionId') institutionId: string,
    @Param('inviteId', new ParseUUIDPipe()) inviteId: string,
    @Query() query: ListBulkInviteRecipientsQuery,
  ): Promise<BulkInviteRecipientPageReply> {
    return this.services.request(OnboardingSubjects.listBulkInviteRecipients, {
      ...query,
      institutionId,
      inviteId,
    });
  }

  /**
   * Sends in the background: poll the invite for `progress`. Each contact is classified again as it is sent (one
   * archived, connected, declined or asking since gets no email) and gets one email at most; the invite's
   * `demographics` then count the outcomes as sent.
   */
  @Post(':inviteId/send')
  @ApiOperation({ operationId: 'sendBulkInvite', summary: 'Send a bulk invite' })
  @HttpCode(HttpStatus.ACCEPTED)
  @RequiresPermission('invites:send')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A repeated send with it answers the same.',
  })
  @ApiAcceptedResponse({ type: BulkInviteReply })
  @ApiConflictResponse({ description: 'Sent already (without the same Idempotency-Key).' })
  send(
    @Param('institutionId') institutionId: string,
    @Param('inviteId', new ParseUUIDPipe()) inviteId: string,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<BulkInviteReply> {
    return this.services.request(OnboardingSubjects.sendBulkInvite, {
      institutionId,
      inviteId,
      actorId: caller.userId,
      ...idempotencyKeyOf(idempotencyKey),
    });
  }

  /** A draft nobody will send (staff who counted the contacts and cancelled): it leaves the history. */
  @Delete(':inviteId')
  @ApiOperation({ operationId: 'discardBulkInvite', summary: 'Discard a draft bulk invite' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequiresPermission('invites:send')
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No such invite here (or discarded already).' })
  @ApiConflictResponse({ description: 'Sent (or sending): only a draft can be discarded.' })
  async discard(
    @Param('institutionId') institutionId: string,
    @Param('inviteId', new ParseUUIDPipe()) inviteId: string,
  ): Promise<void> {
    await this.services.request(OnboardingSubjects.discardBulkInvite, { institutionId, inviteId });
  }
}
