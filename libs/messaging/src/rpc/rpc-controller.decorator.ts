import { applyDecorators, Controller, UseFilters, UsePipes } from '@nestjs/common';
import { RpcErrorFilter } from './rpc-error.filter';
import { rpcValidationPipe } from './rpc-validation.pipe';

/**
 * A controller of NATS request handlers: payloads validated (unknown fields refused) and every failure answered as
 * an RPC error the gateway understands.
 */
export const RpcController = (): ClassDecorator =>
  applyDecorators(Controller(), UsePipes(rpcValidationPipe()), UseFilters(new RpcErrorFilter()));
