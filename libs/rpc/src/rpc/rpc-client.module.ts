import { DynamicModule, Module } from '@nestjs/common';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { natsConnectionOptions } from '../nats/nats-options';
import { NATS_RPC_CLIENT, RPC_CLIENT_OPTIONS, RpcClientOptions } from './rpc-client-options';
import { ServiceClient } from './service-client';

@Module({})
export class RpcClientModule {
  static register(options: RpcClientOptions): DynamicModule {
    return {
      module: RpcClientModule,
      global: true,
      providers: [
        { provide: RPC_CLIENT_OPTIONS, useValue: options },
        {
          provide: NATS_RPC_CLIENT,
          useFactory: () =>
            ClientProxyFactory.create({
              transport: Transport.NATS,
              options: natsConnectionOptions(options.nats),
            }),
        },
        ServiceClient,
      ],
      exports: [ServiceClient],
    };
  }
}
