import { isPublicHost } from './provider-address';

describe('isPublicHost', () => {
  it.each([
    'localhost',
    '127.0.0.1',
    '0.0.0.0',
    '10.20.30.40',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '[::1]',
    '[::]',
    '[::ffff:7f00:1]',
    '[fd00::1]',
    '[fe80::1]',
  ])('refuses %s', async (host) => {
    expect(await isPublicHost(host)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '[2606:4700:4700::1111]'])('accepts %s', async (host) => {
    expect(await isPublicHost(host)).toBe(true);
  });
});
