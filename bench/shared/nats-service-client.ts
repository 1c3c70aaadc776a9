import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { natsConnectionOptions, ServiceClient } from '@careers/messaging';

/** The client services use to ask each other over NATS, made by hand for a script outside Nest. */
export function natsServiceClient(natsUrl: string, timeoutMs: number): ServiceClient {
  const nats = { servers: natsUrl, streamReplicas: 1 };
  const proxy = ClientProxyFactory.create({
    transport: Transport.NATS,
    options: natsConnectionOptions(nats),
  });
  return new ServiceClient(proxy, { nats, timeoutMs });
}
