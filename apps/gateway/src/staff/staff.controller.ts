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
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  AddStaffRequest,
  IdentitySubjects,
  ListStaffQuery,
  StaffListReply,
  StaffMemberReply,
  StaffRoleField,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('institutions/:institutionId/staff')
export class StaffController {
  constructor(private readonly services: ServiceClient) {}

  /**
   * Adds a career services staff member. A new person gets an account and a mail with a single-use link to set a
   * password. A career services user who already has an account is invited (`membershipStatus: pending`): they get a
   * mail, and their role here counts once they accept it themselves (`POST /v1/me/staff-invitations/{id}/accept`).
   */
  @Post()
  @ApiOperation({ operationId: 'addStaffMember', summary: 'Add a career services staff member' })
  @RequiresPermission('staff:manage')
  @ApiCreatedResponse({ type: StaffMemberReply })
  @ApiConflictResponse({
    description: 'The email belongs to another kind of account, or is staff here already.',
  })
  add(
    @Param('institutionId') institutionId: string,
    @Body() body: AddStaffRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<StaffMemberReply> {
    return this.services.request(IdentitySubjects.addStaff, {
      ...body,
      institutionId,
      actorId: caller.userId,
    });
  }

  @Get()
  @ApiOperation({ operationId: 'listStaff', summary: "List the institution's staff" })
  @RequiresPermission('users:read')
  @ApiOkResponse({ type: StaffListReply })
  list(
    @Param('institutionId') institutionId: string,
    @Query() query: ListStaffQuery,
  ): Promise<StaffListReply> {
    return this.services.request(IdentitySubjects.listStaff, { ...query, institutionId });
  }

  @Patch(':userId')
  @ApiOperation({ operationId: 'changeStaffRole', summary: "Change a staff member's role" })
  @RequiresPermission('staff:manage')
  @ApiOkResponse({ type: StaffMemberReply })
  @ApiConflictResponse({ description: 'The institution would be left without an administrator.' })
  changeRole(
    @Param('institutionId') institutionId: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @Body() body: StaffRoleField,
    @CurrentCaller() caller: Caller,
  ): Promise<StaffMemberReply> {
    return this.services.request(IdentitySubjects.changeStaffRole, {
      ...body,
      institutionId,
      userId,
      actorId: caller.userId,
    });
  }

  /** Removes the person from this institution's staff (or withdraws their invitation); their account stays. */
  @Delete(':userId')
  @ApiOperation({ operationId: 'removeStaffMember', summary: 'Remove a staff member' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequiresPermission('staff:manage')
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'The institution would be left without an administrator.' })
  async remove(
    @Param('institutionId') institutionId: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<void> {
    await this.services.request(IdentitySubjects.removeStaff, {
      institutionId,
      userId,
      actorId: caller.userId,
    });
  }
}
