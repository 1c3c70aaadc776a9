import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { firstValueFrom, of } from 'rxjs';
import { MAX_REPLY_BYTES, ReplySizeInterceptor } from './reply-size.interceptor';
import { RpcError } from './rpc-error';

const context = {
  switchToRpc: () => ({ getContext: () => ({ getSubject: () => 'test.subject' }) }),
} as unknown as ExecutionContext;
const answering = (reply: unknown): CallHandler => ({ handle: () => of(reply) });

describe('the reply size guard', () => {
  const guard = new ReplySizeInterceptor();

  it('lets a reply that fits in one NATS message through', async () => {
    const reply = { items: ['x'.repeat(1000)] };
    await expect(firstValueFrom(guard.intercept(context, answering(reply)))).resolves.toBe(reply);
  });

  it('answers a reply too large for one message with an error instead of sending it', async () => {
    const reply = { items: ['x'.repeat(MAX_REPLY_BYTES)] };
    const refused = firstValueFrom(guard.intercept(context, answering(reply)));

    await expect(refused).rejects.toBeInstanceOf(RpcError);
    await expect(refused).rejects.toMatchObject({ body: { code: 'reply_too_large', kind: 'internal' } });
  });
});
