import { SetMetadata } from '@nestjs/common';

export const OPTIONAL_CALLER = Symbol('OPTIONAL_CALLER');

/** On a public route: a bearer token, when sent, is verified and names the caller (a bad one is still a 401). */
export const OptionalCaller = (): MethodDecorator => SetMetadata(OPTIONAL_CALLER, true);
