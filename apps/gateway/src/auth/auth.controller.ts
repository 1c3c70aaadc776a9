import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  AcceptedReply,
  AccessTokenReply,
  EmailChangeCancelledReply,
  IdentitySubjects,
  LoginRequest,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  SignupRequest,
  TokenRequest,
  UserReply,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import { Public } from '@careers/runtime';
import { FailedLogins } from '../rate-limit/failed-logins';
import { emailFromSource, emailInBody, tokenInBody } from '../rate-limit/rate-limit-policy';
import { RateLimited } from '../rate-limit/rate-limited.decorator';

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly services: ServiceClient,
    private readonly failedLogins: FailedLogins,
  ) {}

  /**
   * Exchanges an email and password for an access token. A wrong email and a wrong password get the same 401. Past
   * five wrong passwords for one account from one address, that address waits before trying it again (1 s, then
   * twice as long each time, at most 15 minutes: 429 with Retry-After); other addresses, the owner's, are not held
   * back.
   */
  @Post('login')
  @ApiOperation({ operationId: 'login', summary: 'Log in with an email and password' })
  @HttpCode(HttpStatus.OK)
  @RateLimited({ name: 'login', account: emailFromSource })
  @ApiOkResponse({ type: AccessTokenReply })
  @ApiUnauthorizedResponse({ description: 'The email or password is not correct.' })
  @ApiForbiddenResponse({ description: 'The password is right but the email is not verified yet.' })
  login(
    @Body() body: LoginRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccessTokenReply> {
    return this.failedLogins.attempt(body.email, request.ip, reply, () =>
      this.services.request(IdentitySubjects.login, body),
    );
  }

  /**
   * A student, alumni or employer creates an account. The answer is the same 202 whether or not the email is
   * taken: a verification link goes to a new address, a notice to the owner of a taken one. The account can log in
   * once the email is verified.
   */
  @Post('signup')
  @ApiOperation({ operationId: 'signup', summary: 'Create an account' })
  @HttpCode(HttpStatus.ACCEPTED)
  @RateLimited({ name: 'signup', account: emailInBody })
  @ApiAcceptedResponse({ type: AcceptedReply })
  signup(@Body() body: SignupRequest): Promise<AcceptedReply> {
    return this.services.request(IdentitySubjects.signup, body);
  }

  /** The token from the verification mail's link. Single use. */
  @Post('verify-email')
  @ApiOperation({
    operationId: 'verifyEmail',
    summary: 'Verify an email address with the link from its mail',
  })
  @HttpCode(HttpStatus.OK)
  @RateLimited({ name: 'link-token', account: tokenInBody })
  @ApiOkResponse({ type: UserReply })
  @ApiGoneResponse({ description: 'The link has expired or was used already.' })
  verifyEmail(@Body() body: TokenRequest): Promise<UserReply> {
    return this.services.request(IdentitySubjects.verifyEmail, body);
  }

  /** Sends a link to choose a new password when the email has an account. Always 202. */
  @Post('password-reset')
  @ApiOperation({ operationId: 'requestPasswordReset', summary: 'Ask for a link to choose a new password' })
  @HttpCode(HttpStatus.ACCEPTED)
  @RateLimited({ name: 'password-reset', account: emailInBody })
  @ApiAcceptedResponse({ type: AcceptedReply })
  requestPasswordReset(@Body() body: PasswordResetRequest): Promise<AcceptedReply> {
    return this.services.request(IdentitySubjects.requestPasswordReset, body);
  }

  /** Sets a new password with the token from a reset mail (or the first password, from a staff invitation). */
  @Post('password-reset/confirm')
  @ApiOperation({ operationId: 'confirmPasswordReset', summary: 'Set a new password with a reset link' })
  @HttpCode(HttpStatus.OK)
  @RateLimited({ name: 'link-token', account: tokenInBody })
  @ApiOkResponse({ type: UserReply })
  @ApiGoneResponse({ description: 'The link has expired or was used already.' })
  confirmPasswordReset(@Body() body: PasswordResetConfirmRequest): Promise<UserReply> {
    return this.services.request(IdentitySubjects.confirmPasswordReset, body);
  }

  /** Confirms an email change made by staff, with the token from the mail sent to the new address. */
  @Post('email-change/confirm')
  @ApiOperation({ operationId: 'confirmEmailChangeLink', summary: 'Confirm an email change made by staff' })
  @HttpCode(HttpStatus.OK)
  @RateLimited({ name: 'link-token', account: tokenInBody })
  @ApiOkResponse({ type: UserReply })
  @ApiGoneResponse({ description: 'The link has expired or was used already.' })
  confirmEmailChange(@Body() body: TokenRequest): Promise<UserReply> {
    return this.services.request(IdentitySubjects.confirmEmailChangeLink, body);
  }

  /**
   * The link in the notice sent to the old address: stops a change still waiting (`stopped`: its code or link no
   * longer works), or, for 7 days after it was confirmed, undoes it (`undone`: the old address is the account's again,
   * the password is cleared, every session is signed out and the old address gets a link to choose a password).
   */
  @Post('email-change/cancel')
  @ApiOperation({
    operationId: 'cancelEmailChange',
    summary: 'Stop or undo an email change from the old address',
  })
  @HttpCode(HttpStatus.OK)
  @RateLimited({ name: 'link-token', account: tokenInBody })
  @ApiOkResponse({ type: EmailChangeCancelledReply })
  @ApiConflictResponse({ description: 'The old address belongs to another account by now.' })
  @ApiGoneResponse({
    description: 'The link no longer stops or undoes anything (replaced, used or expired).',
  })
  cancelEmailChange(@Body() body: TokenRequest): Promise<EmailChangeCancelledReply> {
    return this.services.request(IdentitySubjects.cancelEmailChange, body);
  }
}
