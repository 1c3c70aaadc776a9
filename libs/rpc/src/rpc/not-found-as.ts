import { NotFoundError } from './domain-errors';
import { RpcError } from './rpc-error';

/**
 * Asks another service and, when it answers not-found, fails with this service's own not-found (its code and
 * words); any other failure passes through unchanged.
 */
export async function notFoundAs<T>(call: Promise<T>, notFound: () => NotFoundError): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof RpcError && error.body.kind === 'not-found') throw notFound();
    throw error;
  }
}
