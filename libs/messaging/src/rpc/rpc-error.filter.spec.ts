import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ArgumentsHost, Logger } from '@nestjs/common';
import { firstValueFrom } from 'rxjs';
import { ConflictError } from '@careers/rpc';
import { RpcErrorFilter } from './rpc-error.filter';

const host = {
  getType: () => 'rpc',
  switchToRpc: () => ({ getContext: () => ({ getSubject: () => 'directory.label.create' }) }),
} as unknown as ArgumentsHost;

/** The error body the filter answers the request with. */
function answerTo(exception: unknown): Promise<unknown> {
  return firstValueFrom(new RpcErrorFilter().catch(exception, host)).catch((body: unknown) => body);
}

describe('RpcErrorFilter', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('answers a domain error as it is', async () => {
    const taken = new ConflictError('label_name_taken', 'The label "Fair" already exists.');

    expect(await answerTo(taken)).toEqual(taken.body);
  });

  it('answers a duplicate that no use case named as a conflict, not an internal error', async () => {
    const violation = new UniqueConstraintViolationException(
      Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }),
    );

    expect(await answerTo(violation)).toEqual({
      kind: 'conflict',
      code: 'duplicate',
      message: expect.any(String),
    });
  });

  it('answers anything else as an internal error with an id', async () => {
    expect(await answerTo(new TypeError('a plain bug'))).toEqual({
      kind: 'internal',
      code: 'internal_error',
      message: 'An unexpected error occurred.',
      errorId: expect.any(String),
    });
  });
});
