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
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  AddStaffRequest,
  IdentitySubjects,
  StaffListReply,
  StaffMemberReply,
  StaffRoleField,
} from '@careers/contracts';
import { ServiceClient } from '@careers/messaging';
import { RequiresPermission } from '../auth/requires-permission.decorator';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('institutions/:institutionId/staff')
export class StaffController {
  constructor(private readonly services: ServiceClient) {}

  /**
   * Adds a career services staff member. A new person gets an account and a mail with a single-use link to set a
   * password; a career services user with an account is added as they are.
   */
  @Post()
  @RequiresPermission('staff:manage')
  @ApiCreatedResponse({ type: StaffMemberReply })
  @ApiConflictResponse({
    description: 'The email belongs to another kind of account, or is staff here already.',
  })
  add(
    @Param('institutionId') institutionId: string,
    @Body() body: AddStaffRequest,
  ): Promise<StaffMemberReply> {
    return this.services.request(IdentitySubjects.addStaff, { ...body, institutionId });
  }

  @Get()
  @RequiresPermission('users:read')
  @ApiOkResponse({ type: StaffListReply })
  list(@Param('institutionId') institutionId: string): Promise<StaffListReply> {
    return this.services.request(IdentitySubjects.listStaff, { institutionId });
  }

  @Patch(':userId')
  @RequiresPermission('staff:manage')
  @ApiOkResponse({ type: StaffMemberReply })
  @ApiConflictResponse({ description: 'The institution would be left without an administrator.' })
  changeRole(
    @Param('institutionId') institutionId: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @Body() body: StaffRoleField,
  ): Promise<StaffMemberReply> {
    return this.services.request(IdentitySubjects.changeStaffRole, { ...body, institutionId, userId });
  }

  /** Removes the person from this institution's staff; their account stays. */
  @Delete(':userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequiresPermission('staff:manage')
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'The institution would be left without an administrator.' })
  async remove(
    @Param('institutionId') institutionId: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
  ): Promise<void> {
    await this.services.request(IdentitySubjects.removeStaff, { institutionId, userId });
  }
}
