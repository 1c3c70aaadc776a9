import type { ScimTokenScope } from '@careers/contracts';
import type { FastifyRequest } from 'fastify';

/** A SCIM request, with the school and user type its token acts for once the token guard let it through. */
export type ScimRequest = FastifyRequest & { scim?: ScimTokenScope };
