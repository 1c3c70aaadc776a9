import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadGatewayResponse,
  ApiForbiddenResponse,
  ApiGatewayTimeoutResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  AccessTokenReply,
  IdentitySubjects,
  SingleSignOnCallbackRequest,
  SingleSignOnSchoolsReply,
  SingleSignOnStartReply,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import { Public } from '@careers/runtime';
import type { AccountOf } from '../rate-limit/rate-limit-policy';
import { RateLimited } from '../rate-limit/rate-limited.decorator';

const PROVIDER_FAILED = {
  description: "The school's provider could not be reached or answered with an error.",
};
const PROVIDER_TIMEOUT = { description: "The school's provider did not answer in time." };
const UNAVAILABLE = { description: 'The school has no single sign-on, or it is turned off.' };

/**
 * The school a sign-in is for, from one source: one client's starts at a school count together, and nobody can use
 * up a whole school's sign-ins.
 */
const institutionFromSource: AccountOf = (request) => {
  const institutionId = (request.params as { institutionId?: string } | undefined)?.institutionId;
  return institutionId === undefined ? undefined : `${institutionId}|${request.ip}`;
};

/**
 * Signing in through a school's OpenID provider, without cookies: the start gives the tab an authorization URL and a
 * binding to keep (sessionStorage); the provider sends the browser back to the web app's
 * `/sign-in/single-sign-on`, which hands the query it got and the binding to the callback, answered with the same
 * access token as a password login.
 */
@ApiTags('auth')
@Public()
@Controller('auth/single-sign-on')
export class SingleSignOnController {
  constructor(private readonly services: ServiceClient) {}

  /** The schools whose people sign in through their provider, by name: the sign-in page's buttons. */
  @Get()
  @ApiOperation({
    operationId: 'listSingleSignOnSchools',
    summary: 'List the schools that offer single sign-on',
  })
  @ApiOkResponse({ type: SingleSignOnSchoolsReply })
  schools(): Promise<SingleSignOnSchoolsReply> {
    return this.services.request(IdentitySubjects.listSingleSignOnSchools, {});
  }

  /** Begins a sign-in at the school's provider: send the browser to `authorizationUrl`, keep `binding` in the tab. */
  @Post(':institutionId/start')
  @ApiOperation({ operationId: 'startSingleSignOn', summary: "Begin signing in with a school's provider" })
  @HttpCode(HttpStatus.OK)
  @RateLimited({ name: 'single-sign-on', account: institutionFromSource })
  @ApiOkResponse({ type: SingleSignOnStartReply })
  @ApiForbiddenResponse(UNAVAILABLE)
  @ApiBadGatewayResponse(PROVIDER_FAILED)
  @ApiGatewayTimeoutResponse(PROVIDER_TIMEOUT)
  start(@Param('institutionId', new ParseUUIDPipe()) institutionId: string): Promise<SingleSignOnStartReply> {
    return this.services.request(IdentitySubjects.startSingleSignOn, { institutionId });
  }

  /**
   * Finishes a sign-in with what the provider sent back. Each attempt is used once: a replayed, foreign (another
   * tab's binding) or late callback is 401, as is an answer from the provider that fails a check; a person the
   * provider vouches for who is not the one member of the school with that identifier, in an account the school
   * manages alone (it loaded it, and it belongs to no other school), is 403.
   */
  @Post('callback')
  @ApiOperation({ operationId: 'finishSingleSignOn', summary: "Finish signing in with a school's provider" })
  @HttpCode(HttpStatus.OK)
  @RateLimited({ name: 'single-sign-on', account: () => undefined })
  @ApiOkResponse({ type: AccessTokenReply })
  @ApiUnauthorizedResponse({
    description: 'The attempt is unknown, used, expired or another tab’s, or the answer is refused.',
  })
  @ApiForbiddenResponse({
    description: 'Not a member of the school with that identifier, or single sign-on is off.',
  })
  @ApiBadGatewayResponse(PROVIDER_FAILED)
  @ApiGatewayTimeoutResponse(PROVIDER_TIMEOUT)
  finish(@Body() body: SingleSignOnCallbackRequest): Promise<AccessTokenReply> {
    return this.services.request(IdentitySubjects.finishSingleSignOn, body);
  }
}
