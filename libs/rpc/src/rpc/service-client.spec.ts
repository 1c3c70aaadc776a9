import { isNatsOutOfReach } from './service-client';

describe('isNatsOutOfReach', () => {
  it("is true for Nest's rejection while it reconnects and for the nats client's connection codes", () => {
    expect(isNatsOutOfReach('Error: Connection lost. Trying to reconnect...')).toBe(true);
    expect(isNatsOutOfReach(Object.assign(new Error('closed'), { code: 'CONNECTION_CLOSED' }))).toBe(true);
    expect(isNatsOutOfReach(Object.assign(new Error('refused'), { code: 'CONNECTION_REFUSED' }))).toBe(true);
  });

  it('is false for other failures', () => {
    expect(isNatsOutOfReach(new Error('boom'))).toBe(false);
    expect(isNatsOutOfReach(Object.assign(new Error('no responders'), { code: '503' }))).toBe(false);
    expect(isNatsOutOfReach(null)).toBe(false);
  });
});
