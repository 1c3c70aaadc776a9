import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  IdentitySubjects,
  InstitutionUserReply,
  SearchUsersQuery,
  UpdateInstitutionUserRequest,
  UserPageReply,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';

@ApiTags('institution users')
@ApiBearerAuth()
@Controller('institutions/:institutionId/users')
export class InstitutionUsersController {
  constructor(private readonly services: ServiceClient) {}

  /** The institution's people (every membership status), by name or email, type and status; sorted by name. */
  @Get()
  @ApiOperation({ operationId: 'searchInstitutionUsers', summary: "Search the institution's people" })
  @RequiresPermission('users:read')
  @ApiOkResponse({ type: UserPageReply })
  search(
    @Param('institutionId') institutionId: string,
    @Query() query: SearchUsersQuery,
  ): Promise<UserPageReply> {
    return this.services.request(IdentitySubjects.searchInstitutionUsers, { ...query, institutionId });
  }

  @Get(':userId')
  @ApiOperation({ operationId: 'getInstitutionUser', summary: 'Get a person of the institution' })
  @RequiresPermission('users:read')
  @ApiOkResponse({ type: InstitutionUserReply })
  get(
    @Param('institutionId') institutionId: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
  ): Promise<InstitutionUserReply> {
    return this.services.request(IdentitySubjects.getInstitutionUser, { institutionId, userId });
  }

  /**
   * Changes a person's email. The new email must belong to no account of any type, `excludedFromSyncs` must be true
   * (sync files carry the old email), and the change takes effect when the person confirms from the new address.
   */
  @Patch(':userId')
  @ApiOperation({ operationId: 'updateInstitutionUser', summary: "Change a person's email" })
  @RequiresPermission('users:write')
  @ApiOkResponse({ type: InstitutionUserReply })
  @ApiConflictResponse({ description: 'The email belongs to another account.' })
  update(
    @Param('institutionId') institutionId: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @Body() body: UpdateInstitutionUserRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<InstitutionUserReply> {
    return this.services.request(IdentitySubjects.updateInstitutionUser, {
      ...body,
      institutionId,
      userId,
      actorId: caller.userId,
    });
  }

  /**
   * Lets the institution's sync files update the person again after staff changed their email: a sync then matches
   * them by both email and username, like anyone else, so the files must carry the email they have now.
   */
  @Delete(':userId/sync-exclusion')
  @ApiOperation({ operationId: 'clearSyncExclusion', summary: 'Let sync files update the person again' })
  @RequiresPermission('users:write')
  @ApiOkResponse({ type: InstitutionUserReply })
  clearSyncExclusion(
    @Param('institutionId') institutionId: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
  ): Promise<InstitutionUserReply> {
    return this.services.request(IdentitySubjects.clearSyncExclusion, { institutionId, userId });
  }

  /** Deletes a pending account: one that only asked to join this institution. */
  @Delete(':userId')
  @ApiOperation({ operationId: 'deletePendingUser', summary: 'Delete a pending account' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequiresPermission('requests:review')
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'The account is not a pending one.' })
  async deletePending(
    @Param('institutionId') institutionId: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
  ): Promise<void> {
    await this.services.request(IdentitySubjects.deletePendingUser, { institutionId, userId });
  }
}
