import { BadRequestException } from '@nestjs/common';
import type { FieldError } from '@careers/rpc';

/** A body, query or path that does not pass validation: a 400 naming each invalid field. */
export class InvalidRequestException extends BadRequestException {
  constructor(readonly errors: FieldError[]) {
    super('The request has invalid fields.');
  }
}
