import { applyDecorators, Controller, UseFilters, UseInterceptors, UsePipes } from '@nestjs/common';
import { ReplySizeInterceptor, rpcValidationPipe } from '@careers/rpc';
import { RpcMetricsInterceptor } from './rpc-metrics.interceptor';
import { RpcErrorFilter } from './rpc-error.filter';

/**
 * A controller of NATS request handlers: payloads validated (unknown fields refused), each handler timed by subject
 * and outcome, replies that would not fit in one NATS message refused, and every failure answered as an RPC error
 * the gateway understands.
 */
export const RpcController = (): ClassDecorator =>
  applyDecorators(
    Controller(),
    UsePipes(rpcValidationPipe()),
    UseInterceptors(new RpcMetricsInterceptor(), new ReplySizeInterceptor()),
    UseFilters(new RpcErrorFilter()),
  );
