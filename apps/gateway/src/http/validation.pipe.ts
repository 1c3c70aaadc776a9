import { PipeTransform } from '@nestjs/common';
import { strictValidationPipe } from '@careers/messaging';
import { InvalidRequestException } from './invalid-request.exception';
import { NulFreeInputPipe } from './nul-free-input.pipe';

/** Validates every body, query and path at the edge, answering a 400 that names each invalid field. */
export function httpValidationPipe(): PipeTransform {
  return new NulFreeInputPipe(strictValidationPipe((errors) => new InvalidRequestException(errors)));
}
