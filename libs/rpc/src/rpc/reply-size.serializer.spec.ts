import { MAX_REPLY_BYTES, ReplySizeSerializer } from './reply-size.serializer';

const sent = (data: unknown): Record<string, unknown> =>
  JSON.parse(new TextDecoder().decode(data as Uint8Array)) as Record<string, unknown>;

describe('the reply size serializer', () => {
  const serializer = new ReplySizeSerializer();

  it('sends a reply that fits in one NATS message as it is', () => {
    const reply = { items: ['x'.repeat(1000)] };

    const record = serializer.serialize({ id: 'r1', response: reply, isDisposed: true });

    expect(sent(record.data)).toEqual({ id: 'r1', response: reply, isDisposed: true });
  });

  it('sends an error instead of a reply too large for one message', () => {
    const reply = { items: ['x'.repeat(MAX_REPLY_BYTES)] };

    const record = serializer.serialize({ id: 'r2', response: reply, isDisposed: true });

    expect(sent(record.data)).toEqual({
      id: 'r2',
      isDisposed: true,
      err: {
        kind: 'internal',
        code: 'reply_too_large',
        message: expect.stringMatching(/^The answer \(\d+ bytes\) is too large to send in one message\.$/),
        errorId: expect.any(String),
      },
    });
    expect((record.data as Uint8Array).byteLength).toBeLessThan(1024);
  });

  it('sends an error as it is', () => {
    const err = { kind: 'not-found', code: 'not_found', message: 'No such contact.' };

    expect(sent(serializer.serialize({ id: 'r3', err, isDisposed: true }).data)).toEqual({
      id: 'r3',
      err,
      isDisposed: true,
    });
  });
});
