import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdentitySubjects, UserReply } from '@careers/contracts';
import { ServiceClient } from '@careers/messaging';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly services: ServiceClient) {}

  /** The caller's own account. */
  @Get()
  @ApiOkResponse({ type: UserReply })
  me(@CurrentCaller() caller: Caller): Promise<UserReply> {
    return this.services.request(IdentitySubjects.getUser, { userId: caller.userId });
  }
}
