import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { connect, JetStreamClient, JetStreamManager, NatsConnection } from 'nats';
import { NATS_OPTIONS, NatsOptions, natsServers } from './nats-options';

/** The app's own NATS connection, for JetStream and health; it reconnects for ever when NATS goes away. */
@Injectable()
export class NatsConnectionHost implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NatsConnectionHost.name);
  private nc?: NatsConnection;
  private connected = false;

  constructor(@Inject(NATS_OPTIONS) private readonly options: NatsOptions) {}

  async onModuleInit(): Promise<void> {
    this.nc = await connect({
      servers: natsServers(this.options.servers),
      name: this.options.name,
      waitOnFirstConnect: true,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
    });
    this.connected = true;
    void this.watchStatus(this.nc);
  }

  async onModuleDestroy(): Promise<void> {
    await this.nc?.drain().catch(() => this.nc?.close());
  }

  get connection(): NatsConnection {
    if (!this.nc) throw new Error('NATS is not connected yet');
    return this.nc;
  }

  jetstream(): JetStreamClient {
    return this.connection.jetstream();
  }

  jetstreamManager(): Promise<JetStreamManager> {
    return this.connection.jetstreamManager();
  }

  isConnected(): boolean {
    return this.connected && !!this.nc && !this.nc.isClosed();
  }

  private async watchStatus(nc: NatsConnection): Promise<void> {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect') {
        this.connected = false;
        this.logger.warn(`NATS connection lost (${status.data}); reconnecting`);
      } else if (status.type === 'reconnect') {
        this.connected = true;
        this.logger.log(`NATS connection back (${status.data})`);
      }
    }
  }
}
