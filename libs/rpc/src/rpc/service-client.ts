import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ClientProxy } from '@nestjs/microservices';
import { EmptyResponseException } from '@nestjs/microservices/errors/empty-response.exception';
import type { ReplyOf, RequestOf, RequestSubject } from '@careers/contracts';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { ServiceTimeoutError, ServiceUnavailableError } from './domain-errors';
import { NATS_RPC_CLIENT, RPC_CLIENT_OPTIONS, RpcClientOptions } from './rpc-client-options';
import { RpcError } from './rpc-error';
import { counter } from '../metrics/metric';

const timeouts = counter({
  name: 'nats_request_timeouts_total',
  help: 'NATS requests to another service that got no answer in time, by subject.',
  labelNames: ['subject'],
});

/** The nats client's codes for a connection that is gone or going. */
const CONNECTION_LOST_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_DRAINING',
  'CONNECTION_REFUSED',
  'CONNECTION_TIMEOUT',
  'DISCONNECT',
]);

/** NATS itself out of reach: Nest's client rejects with a plain string while it reconnects. */
export function isNatsOutOfReach(error: unknown): boolean {
  if (typeof error === 'string') return error.includes('Connection lost');
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONNECTION_LOST_CODES.has(code);
}

/** Asks a service over NATS request/reply; typed by the contracts, bounded by a timeout. */
@Injectable()
export class ServiceClient implements OnApplicationShutdown {
  constructor(
    @Inject(NATS_RPC_CLIENT) private readonly client: ClientProxy,
    @Inject(RPC_CLIENT_OPTIONS) private readonly options: RpcClientOptions,
  ) {}

  /** `timeoutMs` overrides the app's timeout for a call known to take longer (a whole file analysed, say). */
  async request<S extends RequestSubject>(
    subject: S,
    payload: RequestOf<S>,
    options: { timeoutMs?: number } = {},
  ): Promise<ReplyOf<S>> {
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    try {
      return await firstValueFrom(
        this.client.send<ReplyOf<S>, RequestOf<S>>(subject, payload).pipe(timeout(timeoutMs)),
      );
    } catch (error) {
      if (error instanceof TimeoutError) {
        timeouts.inc({ subject });
        throw new ServiceTimeoutError(subject, timeoutMs);
      }
      if (error instanceof EmptyResponseException || isNatsOutOfReach(error)) {
        throw new ServiceUnavailableError(subject);
      }
      if (RpcError.isBody(error)) throw new RpcError(error);
      throw error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
