import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  CreatedScimTokenReply,
  CreateScimTokenRequest,
  IdentitySubjects,
  ScimTokenListReply,
  ScimTokenReply,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';

/** The bearer tokens a school's identity provider provisions its people with, through `/scim/v2`. */
@ApiTags('settings')
@ApiBearerAuth()
@Controller('institutions/:institutionId/scim-tokens')
export class ScimTokensController {
  constructor(private readonly services: ServiceClient) {}

  /** Makes a token; the reply's `token` is the secret, shown this once (only its digest is kept). */
  @Post()
  @ApiOperation({ operationId: 'createScimToken', summary: 'Make a SCIM token' })
  @RequiresPermission('settings:write')
  @ApiCreatedResponse({ type: CreatedScimTokenReply })
  @ApiConflictResponse({ description: 'The institution holds the most tokens in use it may.' })
  create(
    @Param('institutionId') institutionId: string,
    @Body() body: CreateScimTokenRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<CreatedScimTokenReply> {
    return this.services.request(IdentitySubjects.createScimToken, {
      ...body,
      institutionId,
      actorId: caller.userId,
    });
  }

  /** The institution's tokens, newest first, revoked ones too; never their secrets. */
  @Get()
  @ApiOperation({ operationId: 'listScimTokens', summary: 'List the SCIM tokens' })
  @RequiresPermission('settings:write')
  @ApiOkResponse({ type: ScimTokenListReply })
  list(@Param('institutionId') institutionId: string): Promise<ScimTokenListReply> {
    return this.services.request(IdentitySubjects.listScimTokens, { institutionId });
  }

  /** Revokes a token at once: the next SCIM request with it is refused. */
  @Delete(':tokenId')
  @ApiOperation({ operationId: 'revokeScimToken', summary: 'Revoke a SCIM token' })
  @RequiresPermission('settings:write')
  @ApiOkResponse({ type: ScimTokenReply })
  revoke(
    @Param('institutionId') institutionId: string,
    @Param('tokenId', new ParseUUIDPipe()) tokenId: string,
  ): Promise<ScimTokenReply> {
    return this.services.request(IdentitySubjects.revokeScimToken, { institutionId, tokenId });
  }
}
