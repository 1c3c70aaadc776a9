import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  EmailChangeConfirmRequest,
  EmailChangeRequest,
  EmailChangeStartedReply,
  IdentitySubjects,
  UpdateMeRequest,
  UserReply,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { callerAccount } from '../rate-limit/rate-limit-policy';
import { RateLimited } from '../rate-limit/rate-limited.decorator';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly services: ServiceClient) {}

  /** The caller's own account, with their memberships. */
  @Get()
  @ApiOperation({ operationId: 'getMe', summary: "Get the caller's own account" })
  @ApiOkResponse({ type: UserReply })
  me(@CurrentCaller() caller: Caller): Promise<UserReply> {
    return this.services.request(IdentitySubjects.getUser, { userId: caller.userId });
  }

  @Patch()
  @ApiOperation({ operationId: 'updateMe', summary: "Change the caller's name or phone" })
  @ApiOkResponse({ type: UserReply })
  update(@Body() body: UpdateMeRequest, @CurrentCaller() caller: Caller): Promise<UserReply> {
    return this.services.request(IdentitySubjects.updateMe, { ...body, userId: caller.userId });
  }

  /**
   * Starts a change of the caller's email: a six-digit code goes to the new address (valid 15 minutes, 5 tries) and
   * a notice to the old one. Refused with a 409 when the new email belongs to any account, of any user type.
   */
  @Post('email-change')
  @ApiOperation({ operationId: 'requestEmailChange', summary: "Start changing the caller's email" })
  @HttpCode(HttpStatus.ACCEPTED)
  @RateLimited({ name: 'email-change', account: callerAccount })
  @ApiAcceptedResponse({ type: EmailChangeStartedReply })
  @ApiConflictResponse({ description: 'The new email belongs to another account.' })
  @ApiUnprocessableEntityResponse({
    description: 'The current password is wrong, or the email is unchanged.',
  })
  requestEmailChange(
    @Body() body: EmailChangeRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<EmailChangeStartedReply> {
    return this.services.request(IdentitySubjects.requestEmailChange, { ...body, userId: caller.userId });
  }

  /** Confirms the change with the code; the email changes now. */
  @Post('email-change/confirm')
  @ApiOperation({
    operationId: 'confirmEmailChange',
    summary: "Confirm the caller's email change with the code",
  })
  @ApiNotFoundResponse({ description: 'No change of the caller’s email is waiting for a code.' })
  @HttpCode(HttpStatus.OK)
  @RateLimited({ name: 'email-change-code', account: callerAccount })
  @ApiOkResponse({ type: UserReply })
  @ApiUnprocessableEntityResponse({ description: 'The code is wrong (attempts left in the detail).' })
  @ApiGoneResponse({ description: 'The code expired or too many wrong codes were tried.' })
  confirmEmailChange(
    @Body() body: EmailChangeConfirmRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<UserReply> {
    return this.services.request(IdentitySubjects.confirmEmailChange, { ...body, userId: caller.userId });
  }
}
