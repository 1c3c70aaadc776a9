import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { ServiceClient } from '@careers/messaging';

/** The client services use to ask each other over NATS, made by hand for a script outside Nest. */
export function natsServiceClient(natsUrl: string, timeoutMs: number): ServiceClient {
  const proxy = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [natsUrl] } });
  return new ServiceClient(proxy, { servers: natsUrl, timeoutMs });
}
