import { RpcError } from '@careers/messaging';

/** What a service refuses (as opposed to failing to answer) will be refused again: the batch's rows fail with why. */
const REFUSALS = new Set(['invalid', 'unprocessable', 'conflict', 'not-found']);

export async function refusedAsFailures<T>(
  work: () => Promise<T>,
  failed: (reason: string) => T,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof RpcError) || !REFUSALS.has(error.body.kind)) throw error;
    return failed(`the rows could not be written: ${error.body.message}`);
  }
}
