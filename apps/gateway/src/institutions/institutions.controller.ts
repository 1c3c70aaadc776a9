import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
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
import {
  CreateInstitutionRequest,
  DirectorySubjects,
  InstitutionPageReply,
  InstitutionReply,
  SearchInstitutionsQuery,
} from '@careers/contracts';
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

  /**
   * Institutions by name, for anyone signed in: a new member choosing their school, the platform's administrators.
   * Each word of `q` begins a word of the name, any case.
   */
  @Get()
  @ApiOperation({ operationId: 'searchInstitutions', summary: 'Search institutions' })
  @ApiOkResponse({ type: InstitutionPageReply })
  search(@Query() query: SearchInstitutionsQuery): Promise<InstitutionPageReply> {
    return this.services.request(DirectorySubjects.searchInstitutions, query);
  }

  @Get(':institutionId')
  @ApiOperation({ operationId: 'getInstitution', summary: 'Get an institution' })
  @ApiOkResponse({ type: InstitutionReply })
  @ApiNotFoundResponse({ description: 'No such institution.' })
  get(@Param('institutionId', new ParseUUIDPipe()) institutionId: string): Promise<InstitutionReply> {
    return this.services.request(DirectorySubjects.getInstitution, { institutionId });
  }
}
