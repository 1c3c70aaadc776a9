import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { connect, JetStreamClient, JetStreamManager, NatsConnection } from 'nats';
import { NATS_OPTIONS, NatsOptions, natsConnectionOptions } from './nats-options';

/** The app's own NATS connection, for JetStream and health; it reconnects for ever when NATS goes away. */
@Injectable()
export class NatsConnectionHost implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NatsConnectionHost.name);
  private nc?: NatsConnection;
  private connected = false;

  constructor(@Inject(NATS_OPTIONS) private readonly options: NatsOptions) {}

  async onModuleInit(): Promise<void> {
    const options = natsConnectionOptions(this.options.settings, this.options.name);
    this.nc = await connect({ ...options, waitOnFirstConnect: true }).catch((error: unknown) => {
      // The client's own error says what (an authorization violation, a TLS failure) but not where.
      throw new Error(`Cannot connect to NATS at ${this.options.settings.servers}: ${String(error)}`, {
        cause: error,
      });
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

  /** How many copies JetStream keeps of each stream and bucket the app creates (NATS_STREAM_REPLICAS). */
  get streamReplicas(): number {
    return this.options.settings.streamReplicas;
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
