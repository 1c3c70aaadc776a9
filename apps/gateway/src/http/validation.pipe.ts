import { ValidationPipe } from '@nestjs/common';
import { toFieldErrors } from '@careers/messaging';
import { InvalidRequestException } from './invalid-request.exception';

/** Validates every body, query and path at the edge; unknown fields are refused, not dropped. */
export function httpValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new InvalidRequestException(toFieldErrors(errors)),
  });
}
