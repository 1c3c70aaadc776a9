import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = SecretBox.fromConfig(randomBytes(32).toString('base64'));
  const institutionId = '6f1c1f7e-2a8c-4c2e-9a43-0d7f1a9f3b10';

  it('opens what it sealed, and seals the same secret differently each time', () => {
    const sealed = box.seal('client-secret', institutionId);

    expect(box.open(sealed, institutionId)).toBe('client-secret');
    expect(sealed).not.toContain('client-secret');
    expect(box.seal('client-secret', institutionId)).not.toBe(sealed);
  });

  it('refuses a sealed secret that was changed, moved to another institution or sealed under another key', () => {
    const sealed = box.seal('client-secret', institutionId);
    const parts = sealed.split('.');
    const changed = [...parts.slice(0, 3), Buffer.from('client-secreT').toString('base64url')].join('.');
    const otherKey = SecretBox.fromConfig(randomBytes(32).toString('base64'));

    expect(() => box.open(changed, institutionId)).toThrow();
    expect(() => box.open(sealed, '0b9a3f1e-7c55-4d2b-8e0a-3f7d2c1b9a60')).toThrow();
    expect(() => otherKey.open(sealed, institutionId)).toThrow();
  });
});
