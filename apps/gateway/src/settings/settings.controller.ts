import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DirectorySubjects,
  InstitutionSettingsReply,
  UpdateInstitutionSettingsRequest,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';

@ApiTags('settings')
@ApiBearerAuth()
@Controller('institutions/:institutionId/settings')
export class SettingsController {
  constructor(private readonly services: ServiceClient) {}

  /** `employerApproval` is `null` until an administrator sets it (bulk invites need it). */
  @Get()
  @ApiOperation({ operationId: 'getInstitutionSettings', summary: "Get the institution's settings" })
  @RequiresPermission('settings:read')
  @ApiOkResponse({ type: InstitutionSettingsReply })
  get(@Param('institutionId') institutionId: string): Promise<InstitutionSettingsReply> {
    return this.services.request(DirectorySubjects.getSettings, { institutionId });
  }

  /** Changes only the settings given; announces `events.directory.institution.settings-updated`. */
  @Patch()
  @ApiOperation({ operationId: 'updateInstitutionSettings', summary: "Change the institution's settings" })
  @RequiresPermission('settings:write')
  @ApiOkResponse({ type: InstitutionSettingsReply })
  update(
    @Param('institutionId') institutionId: string,
    @Body() body: UpdateInstitutionSettingsRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<InstitutionSettingsReply> {
    return this.services.request(DirectorySubjects.updateSettings, {
      ...body,
      institutionId,
      actorId: caller.userId,
    });
  }
}
