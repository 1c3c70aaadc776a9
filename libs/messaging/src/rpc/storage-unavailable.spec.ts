import { DriverException } from '@mikro-orm/core';
import { isStorageUnavailable } from './storage-unavailable';

/** A driver error as MikroORM wraps node-postgres's. */
function driverError(message: string, code?: string): DriverException {
  return new DriverException(Object.assign(new Error(message), { code }));
}

function knexTimeout(): Error {
  return Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' });
}

describe('isStorageUnavailable', () => {
  it.each([
    ['a refused connection', driverError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['the server shutting down', driverError('terminating connection due to administrator command', '57P01')],
    ['a connection exception (class 08)', driverError('connection failure', '08006')],
    ['a connection the server dropped', driverError('Connection terminated unexpectedly')],
    ['no pooled connection in time', knexTimeout()],
    [
      'a connection refused as a transaction begins (unwrapped)',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        code: 'ECONNREFUSED',
        syscall: 'connect',
      }),
    ],
  ])('is true for %s', (_, error) => {
    expect(isStorageUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', driverError('duplicate key value violates unique constraint', '23505')],
    [
      'a reset socket that is not the database',
      Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    ],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('is false for %s', (_, error) => {
    expect(isStorageUnavailable(error)).toBe(false);
  });
});
