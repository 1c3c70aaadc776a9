import { isStorageUnavailable } from './storage-unavailable';

describe('isStorageUnavailable', () => {
  it.each([
    [
      'a refused connection',
      { name: 'DriverException', code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' },
    ],
    [
      'the server shutting down',
      { code: '57P01', message: 'terminating connection due to administrator command' },
    ],
    ['a connection exception (class 08)', { code: '08006', message: 'connection failure' }],
    ['a connection the server dropped', new Error('Connection terminated unexpectedly')],
  ])('is true for %s', (_, error) => {
    expect(isStorageUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', { code: '23505', message: 'duplicate key value violates unique constraint' }],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('is false for %s', (_, error) => {
    expect(isStorageUnavailable(error)).toBe(false);
  });
});
