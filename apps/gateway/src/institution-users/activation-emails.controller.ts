import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ActivationEmailsPreviewReply, ActivationEmailsReply, IdentitySubjects } from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { FastifyReply } from 'fastify';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';

const LOCATION = {
  Location: { description: 'The activation email send to poll.', schema: { type: 'string' } },
};
const USES_SSO = { description: 'The institution signs its people in with its single sign-on.' };

/**
 * Activation emails for a school without single sign-on: each person a file loaded who never set a password gets a
 * link to set it, at most once a week whoever sends.
 */
@ApiTags('institution users')
@ApiBearerAuth()
@Controller('institutions/:institutionId/activation-emails')
export class ActivationEmailsController {
  constructor(private readonly services: ServiceClient) {}

  /** How many people a send would mail now: loaded, no password, no activation email in the last seven days. */
  @Get('preview')
  @ApiOperation({
    operationId: 'previewActivationEmails',
    summary: 'Count who activation emails would go to',
  })
  @RequiresPermission('users:write')
  @ApiOkResponse({ type: ActivationEmailsPreviewReply })
  @ApiConflictResponse(USES_SSO)
  preview(@Param('institutionId') institutionId: string): Promise<ActivationEmailsPreviewReply> {
    return this.services.request(IdentitySubjects.previewActivationEmails, { institutionId });
  }

  /** Sends the activation emails in the background: answers 202 at once with the send and its `Location` to poll. */
  @Post()
  @ApiOperation({ operationId: 'sendActivationEmails', summary: 'Send activation emails in the background' })
  @HttpCode(HttpStatus.ACCEPTED)
  @RequiresPermission('users:write')
  @ApiAcceptedResponse({ type: ActivationEmailsReply, headers: LOCATION })
  @ApiConflictResponse(USES_SSO)
  async send(
    @Param('institutionId') institutionId: string,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActivationEmailsReply> {
    const started = await this.services.request(IdentitySubjects.startActivationEmails, {
      institutionId,
      actorId: caller.userId,
    });
    reply.header('location', `/v1/institutions/${institutionId}/activation-emails/${started.id}`);
    return started;
  }

  /** How far a send is: `status` is `done` once every loaded person is gone through. */
  @Get(':activationSendId')
  @ApiOperation({
    operationId: 'getActivationEmails',
    summary: 'Get the progress of an activation email send',
  })
  @RequiresPermission('users:write')
  @ApiOkResponse({ type: ActivationEmailsReply })
  get(
    @Param('institutionId') institutionId: string,
    @Param('activationSendId', new ParseUUIDPipe()) activationSendId: string,
  ): Promise<ActivationEmailsReply> {
    return this.services.request(IdentitySubjects.getActivationEmails, { institutionId, activationSendId });
  }
}
