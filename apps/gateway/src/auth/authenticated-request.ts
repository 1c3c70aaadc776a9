import type { FastifyRequest } from 'fastify';
import type { Caller } from './caller';

export type AuthenticatedRequest = FastifyRequest & { caller?: Caller };
