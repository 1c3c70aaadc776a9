import { Body, Controller, Get, Post, Query } from '@nestjs/common';
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
  CreateJoinRequestRequest,
  JoinRequestListReply,
  JoinRequestReply,
  ListMyJoinRequestsQuery,
  OnboardingSubjects,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';

@ApiTags('join requests')
@ApiBearerAuth()
@Controller('me/join-requests')
export class MyJoinRequestsController {
  constructor(private readonly services: ServiceClient) {}

  /**
   * An employer asks to connect with an institution, or a student or alumni picks their school. Staff review it,
   * unless the institution approves employers at once.
   */
  @Post()
  @ApiOperation({ operationId: 'createJoinRequest', summary: 'Ask to join an institution' })
  @ApiForbiddenResponse({ description: 'Only employers, students and alumni ask to join an institution.' })
  @ApiNotFoundResponse({ description: 'No such institution.' })
  @ApiCreatedResponse({ type: JoinRequestReply })
  @ApiConflictResponse({
    description: 'Already a member, a request pending or declined, or requests closed.',
  })
  create(@Body() body: CreateJoinRequestRequest, @CurrentCaller() caller: Caller): Promise<JoinRequestReply> {
    return this.services.request(OnboardingSubjects.createJoinRequest, { ...body, userId: caller.userId });
  }

  @Get()
  @ApiOperation({ operationId: 'listMyJoinRequests', summary: "List the caller's join requests" })
  @ApiOkResponse({ type: JoinRequestListReply })
  list(
    @Query() query: ListMyJoinRequestsQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<JoinRequestListReply> {
    return this.services.request(OnboardingSubjects.listMyJoinRequests, { ...query, userId: caller.userId });
  }
}
