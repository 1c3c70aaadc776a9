import type { FastifyInstance } from 'fastify';

/**
 * Once the app is told to stop, every answer closes its connection: a client's keep-alive connection that had a
 * request in flight when the server stopped listening would otherwise hold the stop until the client let it go.
 * Requests already taken are answered; a load balancer has stopped sending new ones.
 */
export function closeConnectionsOnShutdown(instance: FastifyInstance): void {
  let closing = false;
  instance.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  instance.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
}
