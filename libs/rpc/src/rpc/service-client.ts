import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ClientProxy, NatsRecord, NatsRecordBuilder } from '@nestjs/microservices';
import { context, trace } from '@opentelemetry/api';
import { EmptyResponseException } from '@nestjs/microservices/errors/empty-response.exception';
import type { ReplyOf, RequestOf, RequestSubject } from '@careers/contracts';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { ServiceTimeoutError, ServiceUnavailableError } from './domain-errors';
import { NATS_RPC_CLIENT, RPC_CLIENT_OPTIONS, RpcClientOptions } from './rpc-client-options';
import { RpcError } from './rpc-error';
import { counter } from '../metrics/metric';
import { traceHeaders } from '../tracing/message-trace-context';
import { settleMessagingSpan, startMessagingSpan } from '../tracing/messaging-span';

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

/**
 * Asks a service over NATS request/reply; typed by the contracts, bounded by a timeout. The request carries the
 * caller's trace (W3C `traceparent` in its headers), so the service's handling joins it.
 */
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
    const span = startMessagingSpan('send', subject);
    const record = new NatsRecordBuilder(payload)
      .setHeaders(traceHeaders(trace.setSpan(context.active(), span)))
      .build();
    return settleMessagingSpan(span, this.ask(subject, record, timeoutMs));
  }

  private async ask<S extends RequestSubject>(
    subject: S,
    record: NatsRecord<RequestOf<S>>,
    timeoutMs: number,
  ): Promise<ReplyOf<S>> {
    try {
      return await firstValueFrom(
        this.client.send<ReplyOf<S>, NatsRecord<RequestOf<S>>>(subject, record).pipe(timeout(timeoutMs)),
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
