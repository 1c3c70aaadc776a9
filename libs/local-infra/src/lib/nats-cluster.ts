import { connect } from 'nats';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { freePort } from './free-port';
import { NatsServerProcess } from './nats-server-process';

export interface NatsClusterStartOptions {
  /** How many nats-server processes: 1 is a plain server, more form a JetStream cluster routed on loopback. */
  nodes: number;
  /** Each node keeps its JetStream store in a directory of its own under this one. */
  storeDir: string;
}

const JETSTREAM_READY_TIMEOUT_MS = 30_000;

/**
 * NATS for a test system or a drill: one nats-server, or a JetStream cluster of several on 127.0.0.1 (each with its
 * own client and route port and store), ready once the cluster has elected its JetStream meta leader.
 */
export class NatsCluster {
  private constructor(readonly nodes: NatsServerProcess[]) {}

  static async start(options: NatsClusterStartOptions): Promise<NatsCluster> {
    if (options.nodes === 1) {
      return new NatsCluster([await NatsServerProcess.start({ storeDir: join(options.storeDir, 'n0') })]);
    }
    const routePorts = await Promise.all(Array.from({ length: options.nodes }, () => freePort()));
    const routes = routePorts.map((port) => `nats://127.0.0.1:${port}`).join(',');
    const nodes = await Promise.all(
      routePorts.map((routePort, index) =>
        NatsServerProcess.start({
          storeDir: join(options.storeDir, `n${index}`),
          args: [
            '-n',
            `n${index}`,
            '--cluster_name',
            'careers',
            '--cluster',
            `nats://127.0.0.1:${routePort}`,
            '--routes',
            routes,
          ],
        }),
      ),
    );
    const cluster = new NatsCluster(nodes);
    await cluster.untilJetStreamAnswers().catch(async (error: unknown) => {
      await cluster.stop();
      throw error;
    });
    return cluster;
  }

  /** NATS_URL as the apps take it: every node, comma-separated. */
  get url(): string {
    return this.servers.join(',');
  }

  /** Every node's URL, as a NATS client takes them. */
  get servers(): string[] {
    return this.nodes.map((node) => node.url);
  }

  /** The node a JetStream server name (`n0`, `n1`...) belongs to. */
  node(serverName: string): NatsServerProcess {
    const node = this.nodes[Number(serverName.replace(/^n/, ''))];
    if (!node) throw new Error(`no node is named ${serverName}`);
    return node;
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.stop()));
  }

  /** Stops every node (that runs), then starts each again on its ports and store. */
  async restart(): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.restart()));
  }

  private async untilJetStreamAnswers(): Promise<void> {
    const nc = await connect({ servers: this.servers });
    try {
      const jsm = await nc.jetstreamManager({ checkAPI: false });
      const deadline = Date.now() + JETSTREAM_READY_TIMEOUT_MS;
      for (;;) {
        const ready = await jsm.getAccountInfo().then(
          () => true,
          () => false,
        );
        if (ready) return;
        if (Date.now() > deadline) {
          throw new Error(
            `The NATS cluster had no JetStream leader within ${JETSTREAM_READY_TIMEOUT_MS / 1000} s`,
          );
        }
        await delay(200);
      }
    } finally {
      await nc.close();
    }
  }
}
