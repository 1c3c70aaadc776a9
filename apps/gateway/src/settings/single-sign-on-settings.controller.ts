import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdentitySubjects, SingleSignOnSettingsReply, SingleSignOnSettingsRequest } from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';

/** The institution's OpenID provider, through which its people sign in (`Sign in with <school>`). */
@ApiTags('settings')
@ApiBearerAuth()
@Controller('institutions/:institutionId/single-sign-on')
export class SingleSignOnSettingsController {
  constructor(private readonly services: ServiceClient) {}

  /** The provider as configured, and the redirect URI to register with it; never the client secret. */
  @Get()
  @ApiOperation({ operationId: 'getSingleSignOn', summary: "Get the institution's single sign-on provider" })
  @RequiresPermission('settings:read')
  @ApiOkResponse({ type: SingleSignOnSettingsReply })
  get(@Param('institutionId') institutionId: string): Promise<SingleSignOnSettingsReply> {
    return this.services.request(IdentitySubjects.getSingleSignOn, { institutionId });
  }

  /**
   * Sets the provider. The client secret is stored encrypted and never answered (`clientSecretSet` says one is
   * stored); leave it out to keep the stored one. Required the first time.
   */
  @Put()
  @ApiOperation({
    operationId: 'updateSingleSignOn',
    summary: "Set the institution's single sign-on provider",
  })
  @RequiresPermission('settings:write')
  @ApiOkResponse({ type: SingleSignOnSettingsReply })
  update(
    @Param('institutionId') institutionId: string,
    @Body() body: SingleSignOnSettingsRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<SingleSignOnSettingsReply> {
    return this.services.request(IdentitySubjects.updateSingleSignOn, {
      ...body,
      institutionId,
      actorId: caller.userId,
    });
  }
}
