import { RpcError, ServiceTimeoutError } from '@careers/messaging';
import { refusedAsFailures } from './refused-as-failures';

describe('refusedAsFailures', () => {
  const failed = (reason: string) => [reason];

  it('turns a refusal into failures that say why', async () => {
    const refusal = new RpcError({ kind: 'invalid', code: 'validation_failed', message: 'name is too long' });

    await expect(refusedAsFailures(() => Promise.reject(refusal), failed)).resolves.toEqual([
      'the rows could not be written: name is too long',
    ]);
  });

  it('lets a service that did not answer be retried', async () => {
    const timeout = new ServiceTimeoutError('identity.import.apply', 60_000);

    await expect(refusedAsFailures(() => Promise.reject(timeout), failed)).rejects.toBe(timeout);
  });

  it('answers the work when it succeeds', async () => {
    await expect(refusedAsFailures(() => Promise.resolve(['done']), failed)).resolves.toEqual(['done']);
  });
});
