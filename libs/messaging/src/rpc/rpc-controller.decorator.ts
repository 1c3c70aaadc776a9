import { applyDecorators, Controller, UseFilters, UseInterceptors, UsePipes } from '@nestjs/common';
import { rpcValidationPipe } from '@careers/rpc';
import { RpcMetricsInterceptor } from './rpc-metrics.interceptor';
import { RpcTracingInterceptor } from './rpc-tracing.interceptor';
import { RpcErrorFilter } from './rpc-error.filter';

/**
 * A controller of NATS request handlers: payloads validated (unknown fields refused), each handler traced in its
 * caller's trace and timed by subject and outcome, and every failure answered as an RPC error the gateway understands. (A reply too large for one NATS
 * message is refused where it is encoded: ReplySizeSerializer.)
 */
export const RpcController = (): ClassDecorator =>
  applyDecorators(
    Controller(),
    UsePipes(rpcValidationPipe()),
    UseInterceptors(new RpcTracingInterceptor(), new RpcMetricsInterceptor()),
    UseFilters(new RpcErrorFilter()),
  );
