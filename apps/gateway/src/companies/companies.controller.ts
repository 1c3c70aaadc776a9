import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  Actor,
  CompanyPageReply,
  CompanyReply,
  CompanyStaffListReply,
  CompanyStaffMemberReply,
  CreateCompanyRequest,
  DirectorySubjects,
  ListCompanyStaffQuery,
  SearchCompaniesQuery,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { assertInstitutionPermission } from '../auth/institution-permission';

@ApiTags('companies')
@ApiBearerAuth()
@Controller('companies')
export class CompaniesController {
  constructor(private readonly services: ServiceClient) {}

  /**
   * An institution's staff (with `contacts:write` there) create a profile by naming `institutionId`; an employer
   * creates their own company's profile and becomes its first staff member.
   */
  @Post()
  @ApiOperation({ operationId: 'createCompany', summary: 'Create a company profile' })
  @ApiForbiddenResponse({
    description:
      'Not an employer, nor staff with contacts:write at `institutionId`; or an employer giving a domain their email is not at.',
  })
  @ApiNotFoundResponse({ description: 'No such institution, or the caller is not part of it.' })
  @ApiCreatedResponse({ type: CompanyReply })
  @ApiConflictResponse({
    description: 'Another company has the domain, or the employer is on a company already.',
  })
  create(@Body() body: CreateCompanyRequest, @CurrentCaller() caller: Caller): Promise<CompanyReply> {
    if (body.institutionId) assertInstitutionPermission(caller, body.institutionId, 'contacts:write');
    return this.services.request(DirectorySubjects.createCompany, { ...body, actor: actorOf(caller) });
  }

  /** By part of the name or the exact domain, sorted by name; the same for everyone who asks. */
  @Get()
  @ApiOperation({ operationId: 'searchCompanies', summary: 'Search companies' })
  @ApiOkResponse({ type: CompanyPageReply })
  search(@Query() query: SearchCompaniesQuery): Promise<CompanyPageReply> {
    return this.services.request(DirectorySubjects.searchCompanies, query);
  }

  @Get(':companyId')
  @ApiOperation({ operationId: 'getCompany', summary: 'Get a company' })
  @ApiNotFoundResponse({ description: 'No such company.' })
  @ApiOkResponse({ type: CompanyReply })
  get(@Param('companyId', new ParseUUIDPipe()) companyId: string): Promise<CompanyReply> {
    return this.services.request(DirectorySubjects.getCompany, { companyId });
  }

  /** The employer users on the company's staff, for its own staff and platform administrators only. */
  @Get(':companyId/staff')
  @ApiOperation({ operationId: 'listCompanyStaff', summary: "List a company's staff" })
  @ApiOkResponse({ type: CompanyStaffListReply })
  @ApiNotFoundResponse({
    description: 'The caller is not on the company’s staff (or there is no such company).',
  })
  listStaff(
    @Param('companyId', new ParseUUIDPipe()) companyId: string,
    @Query() query: ListCompanyStaffQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<CompanyStaffListReply> {
    return this.services.request(DirectorySubjects.listCompanyStaff, {
      ...query,
      companyId,
      actor: actorOf(caller),
    });
  }

  /** The calling employer joins the company's staff (one company at a time). */
  @Post(':companyId/staff')
  @ApiOperation({ operationId: 'joinCompany', summary: "Join a company's staff" })
  @ApiForbiddenResponse({
    description: 'Only employer users join a company, and one with a domain from an email at it only.',
  })
  @ApiNotFoundResponse({ description: 'No such company.' })
  @ApiCreatedResponse({ type: CompanyStaffMemberReply })
  @ApiConflictResponse({ description: 'The employer is on another company’s staff.' })
  join(
    @Param('companyId', new ParseUUIDPipe()) companyId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<CompanyStaffMemberReply> {
    return this.services.request(DirectorySubjects.joinCompany, {
      companyId,
      userId: caller.userId,
      actor: actorOf(caller),
    });
  }

  /** A staff member leaves (or a platform administrator removes them); the company stays. */
  @Delete(':companyId/staff/:userId')
  @ApiOperation({ operationId: 'leaveCompany', summary: "Leave (or remove someone from) a company's staff" })
  @ApiForbiddenResponse({ description: 'Only the staff member themselves or a platform administrator.' })
  @ApiNotFoundResponse({ description: 'The user is not on the company’s staff.' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async leave(
    @Param('companyId', new ParseUUIDPipe()) companyId: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<void> {
    await this.services.request(DirectorySubjects.leaveCompany, {
      companyId,
      userId,
      actor: actorOf(caller),
    });
  }
}

function actorOf(caller: Caller): Actor {
  return { userId: caller.userId, userType: caller.userType, email: caller.email };
}
