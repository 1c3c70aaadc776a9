import { PipeTransform } from '@nestjs/common';
import { strictValidationPipe } from '@careers/rpc';
import { InvalidRequestException } from './request-errors';
import { WellFormedTextPipe } from './well-formed-text.pipe';

/** Validates every body, query and path at the edge, answering a 400 that names each invalid field. */
export function httpValidationPipe(): PipeTransform {
  return new WellFormedTextPipe(strictValidationPipe((errors) => new InvalidRequestException(errors)));
}
