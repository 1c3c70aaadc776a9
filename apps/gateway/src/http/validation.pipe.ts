import { ValidationPipe } from '@nestjs/common';
import { strictValidationPipe } from '@careers/messaging';
import { InvalidRequestException } from './invalid-request.exception';

/** Validates every body, query and path at the edge, answering a 400 that names each invalid field. */
export function httpValidationPipe(): ValidationPipe {
  return strictValidationPipe((errors) => new InvalidRequestException(errors));
}
