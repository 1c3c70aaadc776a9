import { Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { IdentitySubjects, StaffMemberReply } from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';

/** A person already on Careers who was invited to a school's staff accepts or declines it: only they can. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me/staff-invitations/:institutionId')
export class MyStaffInvitationsController {
  constructor(private readonly services: ServiceClient) {}

  /** The caller joins the institution's staff with the role they were invited to. */
  @Post('accept')
  @ApiOperation({
    operationId: 'acceptStaffInvitation',
    summary: "Accept an invitation to an institution's staff",
  })
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: StaffMemberReply })
  @ApiNotFoundResponse({ description: 'No invitation of the caller to that institution is waiting.' })
  accept(
    @Param('institutionId', new ParseUUIDPipe()) institutionId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<StaffMemberReply> {
    return this.services.request(IdentitySubjects.acceptStaffInvitation, {
      institutionId,
      userId: caller.userId,
    });
  }

  @Post('decline')
  @ApiOperation({
    operationId: 'declineStaffInvitation',
    summary: "Decline an invitation to an institution's staff",
  })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No invitation of the caller to that institution is waiting.' })
  async decline(
    @Param('institutionId', new ParseUUIDPipe()) institutionId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<void> {
    await this.services.request(IdentitySubjects.declineStaffInvitation, {
      institutionId,
      userId: caller.userId,
    });
  }
}
