import { Body, Controller, Get, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CreateInstitutionRequest, DirectorySubjects, InstitutionReply } from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { PlatformAdminGuard } from '../auth/platform-admin.guard';

@ApiTags('institutions')
@ApiBearerAuth()
@Controller('institutions')
export class InstitutionsController {
  constructor(private readonly services: ServiceClient) {}

  /** Creates an institution (platform administrators only). Names are unique, whatever their case. */
  @Post()
  @ApiOperation({ operationId: 'createInstitution', summary: 'Create an institution' })
  @UseGuards(PlatformAdminGuard)
  @ApiCreatedResponse({ type: InstitutionReply })
  @ApiForbiddenResponse({ description: 'The caller is not a platform administrator.' })
  @ApiConflictResponse({ description: 'An institution with this name exists.' })
  create(@Body() body: CreateInstitutionRequest, @CurrentCaller() caller: Caller): Promise<InstitutionReply> {
    return this.services.request(DirectorySubjects.createInstitution, { ...body, createdBy: caller.userId });
  }

  @Get(':institutionId')
  @ApiOperation({ operationId: 'getInstitution', summary: 'Get an institution' })
  @ApiOkResponse({ type: InstitutionReply })
  @ApiNotFoundResponse({ description: 'No such institution.' })
  get(@Param('institutionId', new ParseUUIDPipe()) institutionId: string): Promise<InstitutionReply> {
    return this.services.request(DirectorySubjects.getInstitution, { institutionId });
  }
}
