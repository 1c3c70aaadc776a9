import { Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiGoneResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OnboardingSubjects } from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import { RequiresPermission } from '../auth/requires-permission.decorator';

@ApiTags('invitations')
@ApiBearerAuth()
@Controller('institutions/:institutionId/invitations/:invitationId')
export class InstitutionInvitationsController {
  constructor(private readonly services: ServiceClient) {}

  /** A new link by email; the old one stops working. */
  @Post('resend')
  @ApiOperation({ operationId: 'resendInvitation', summary: 'Resend an invitation' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequiresPermission('invites:send')
  @ApiNoContentResponse()
  @ApiGoneResponse({ description: 'Accepted or revoked already.' })
  async resend(
    @Param('institutionId') institutionId: string,
    @Param('invitationId', new ParseUUIDPipe()) invitationId: string,
  ): Promise<void> {
    await this.services.request(OnboardingSubjects.resendInvitation, { institutionId, invitationId });
  }

  /** The link stops working. */
  @Post('revoke')
  @ApiOperation({ operationId: 'revokeInvitation', summary: 'Revoke an invitation' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequiresPermission('invites:send')
  @ApiNoContentResponse()
  @ApiGoneResponse({ description: 'Accepted already.' })
  async revoke(
    @Param('institutionId') institutionId: string,
    @Param('invitationId', new ParseUUIDPipe()) invitationId: string,
  ): Promise<void> {
    await this.services.request(OnboardingSubjects.revokeInvitation, { institutionId, invitationId });
  }
}
