import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { isUniqueViolation, onUniqueViolation } from './unique-violation';

const duplicate = () =>
  new UniqueConstraintViolationException(Object.assign(new Error('duplicate key'), { code: '23505' }));

class NameTaken extends Error {}

describe('onUniqueViolation', () => {
  it('answers the write as it went when no index refused it', async () => {
    const recheck = jest.fn();

    await expect(onUniqueViolation(async () => 'written', recheck)).resolves.toBe('written');
    expect(recheck).not.toHaveBeenCalled();
  });

  it('answers a refused duplicate with the conflict the recheck finds', async () => {
    const refused = onUniqueViolation(
      () => Promise.reject(duplicate()),
      () => Promise.reject(new NameTaken('the name is taken')),
    );

    await expect(refused).rejects.toThrow(NameTaken);
  });

  it('answers a refused repeat with what the recheck returns', async () => {
    await expect(
      onUniqueViolation<string>(
        () => Promise.reject(duplicate()),
        async () => 'the place held already',
      ),
    ).resolves.toBe('the place held already');
  });

  it('lets the violation go on when the recheck finds nothing to name', async () => {
    const violation = duplicate();

    await expect(
      onUniqueViolation(
        () => Promise.reject(violation),
        async () => undefined,
      ),
    ).rejects.toBe(violation);
  });

  it('leaves any other error alone', async () => {
    const recheck = jest.fn();
    const other = new Error('connection reset');

    await expect(onUniqueViolation(() => Promise.reject(other), recheck)).rejects.toBe(other);
    expect(recheck).not.toHaveBeenCalled();
  });
});

describe('isUniqueViolation', () => {
  it("knows MikroORM's exception and the driver's error by its code", () => {
    expect(isUniqueViolation(duplicate())).toBe(true);
    expect(isUniqueViolation(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(true);
    expect(isUniqueViolation(Object.assign(new Error('deadlock'), { code: '40P01' }))).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
  });
});
