import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  AcceptInvitationRequest,
  InvitationAcceptedReply,
  InvitationReply,
  OnboardingSubjects,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import { Public } from '@careers/runtime';
import type { Caller } from '../auth/caller';
import { OptionalCaller } from '../auth/optional-caller.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';

/** The link an invited contact follows. No token is needed to look; accepting for an existing account needs one. */
@ApiTags('invitations')
@Public()
@Controller('invitations/:token')
export class InvitationsController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @ApiOperation({ operationId: 'getInvitation', summary: 'Look at an invitation by its link' })
  @ApiOkResponse({ type: InvitationReply })
  @ApiNotFoundResponse({ description: 'No invitation has this link.' })
  @ApiGoneResponse({ description: 'Expired, used or revoked.' })
  get(@Param('token') token: string): Promise<InvitationReply> {
    return this.services.request(OnboardingSubjects.getInvitation, { token });
  }

  /**
   * Without an account: give `name` and `password`, and an employer account is made and asks to connect. With an
   * account: call it logged in as the invited email (bearer token), with an empty body.
   */
  @Post('accept')
  @ApiOperation({ operationId: 'acceptInvitation', summary: 'Accept an invitation' })
  @ApiForbiddenResponse({ description: 'The invitation was sent to another email than the caller’s.' })
  @ApiNotFoundResponse({ description: 'No invitation has this link.' })
  @HttpCode(HttpStatus.OK)
  @OptionalCaller()
  @ApiBearerAuth()
  @ApiOkResponse({ type: InvitationAcceptedReply })
  @ApiGoneResponse({ description: 'Expired, used or revoked.' })
  accept(
    @Param('token') token: string,
    @Body() body: AcceptInvitationRequest,
    @CurrentCaller('optional') caller: Caller | undefined,
  ): Promise<InvitationAcceptedReply> {
    return this.services.request(OnboardingSubjects.acceptInvitation, {
      ...body,
      token,
      ...(caller ? { callerId: caller.userId } : {}),
    });
  }
}
