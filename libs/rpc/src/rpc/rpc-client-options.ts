import type { NatsSettings } from '../nats/nats-options';

export interface RpcClientOptions {
  nats: NatsSettings;
  /** How long a request waits for its reply before it is a timeout. */
  timeoutMs: number;
}

export const RPC_CLIENT_OPTIONS = Symbol('RPC_CLIENT_OPTIONS');
export const NATS_RPC_CLIENT = Symbol('NATS_RPC_CLIENT');
