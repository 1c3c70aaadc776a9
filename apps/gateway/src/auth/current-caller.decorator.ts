import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from './authenticated-request';
import type { Caller } from './caller';

/** The authenticated caller of the route; `'optional'` on an `@OptionalCaller()` route, where there may be none. */
export const CurrentCaller = createParamDecorator(
  (mode: 'optional' | undefined, context: ExecutionContext): Caller | undefined => {
    const { caller } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!caller && mode !== 'optional') throw new Error('CurrentCaller used on a public route');
    return caller;
  },
);
