import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AccessTokenReply, IdentitySubjects, LoginRequest } from '@careers/contracts';
import { ServiceClient } from '@careers/messaging';
import { Public } from '@careers/runtime';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly services: ServiceClient) {}

  /** Exchanges an email and password for an access token. A wrong email and a wrong password get the same 401. */
  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AccessTokenReply })
  @ApiUnauthorizedResponse({ description: 'The email or password is not correct.' })
  login(@Body() body: LoginRequest): Promise<AccessTokenReply> {
    return this.services.request(IdentitySubjects.login, body);
  }
}
