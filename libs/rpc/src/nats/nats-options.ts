export interface NatsOptions {
  /** Comma-separated NATS server URLs. */
  servers: string;
  /** The connection's name, seen by NATS monitoring: the app's name. */
  name: string;
}

export const NATS_OPTIONS = Symbol('NATS_OPTIONS');

export function natsServers(servers: string): string[] {
  return servers.split(',').map((server) => server.trim());
}
