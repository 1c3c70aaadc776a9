import { type ConnectionOptions, credsAuthenticator, nkeyAuthenticator } from 'nats';
import { readFileSync } from 'node:fs';

/** How the app reaches NATS and what it asks of JetStream: read from the configuration once, at start. */
export interface NatsSettings {
  /** Comma-separated NATS server URLs: one server, or the nodes of a cluster. */
  servers: string;
  /** At most one way to authenticate. */
  auth?: NatsAuth;
  /** File paths of the PEM CA (to trust the server) and of the client's certificate and key (both or neither). */
  tls?: { caFile?: string; certFile?: string; keyFile?: string };
  /** How many copies JetStream keeps of each stream and bucket the app creates (a cluster's nodes hold them). */
  streamReplicas: number;
}

export type NatsAuth =
  | { user: string; password: string }
  | { token: string }
  | { nkeySeed: string }
  | { nkeySeedFile: string }
  | { credsFile: string };

export interface NatsOptions {
  settings: NatsSettings;
  /** The connection's name, seen by NATS monitoring: the app's name. */
  name: string;
}

export const NATS_OPTIONS = Symbol('NATS_OPTIONS');

const utf8 = new TextEncoder();

/**
 * The options of every NATS connection the app makes (its own, the RPC client's, the request handlers'): the servers,
 * the credentials and TLS, and reconnecting for ever. Files are read again at each connect, so a rotated one is used.
 */
export function natsConnectionOptions(settings: NatsSettings, name?: string): ConnectionOptions {
  return {
    servers: natsServers(settings.servers),
    ...(name === undefined ? {} : { name }),
    ...authOptions(settings.auth),
    ...(settings.tls ? { tls: { ...settings.tls } } : {}),
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
  };
}

function authOptions(auth: NatsAuth | undefined): Partial<ConnectionOptions> {
  if (!auth) return {};
  if ('user' in auth) return { user: auth.user, pass: auth.password };
  if ('token' in auth) return { token: auth.token };
  if ('nkeySeed' in auth) return { authenticator: nkeyAuthenticator(utf8.encode(auth.nkeySeed)) };
  if ('nkeySeedFile' in auth) {
    const file = auth.nkeySeedFile;
    return { authenticator: nkeyAuthenticator(() => utf8.encode(readFileSync(file, 'utf8').trim())) };
  }
  const file = auth.credsFile;
  return { authenticator: credsAuthenticator(() => readFileSync(file)) };
}

export function natsServers(servers: string): string[] {
  return servers.split(',').map((server) => server.trim());
}
