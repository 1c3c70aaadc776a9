import { Logger } from '@nestjs/common';
import type { OutgoingResponse } from '@nestjs/microservices';
import { NatsRecordSerializer } from '@nestjs/microservices/serializers/nats-record.serializer';
import type { NatsRecord } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import type { RpcErrorBody } from './rpc-error';

/**
 * NATS carries a reply as one message of at most `max_payload` (1 MiB unless the server says otherwise), and a
 * larger one is not sent: the client throws while the handler answers, which would end the process. A reply is
 * checked first and, too large, answered with an error that says so; the handler that made it should page.
 */
export const MAX_REPLY_BYTES = 1024 * 1024 - 16 * 1024;

/**
 * Encodes a service's NATS replies as Nest does, and measures the bytes it encoded rather than encoding the reply a
 * second time to measure it: a reply too large for one message goes as a `reply_too_large` error instead.
 */
export class ReplySizeSerializer extends NatsRecordSerializer {
  private readonly logger = new Logger(ReplySizeSerializer.name);

  override serialize(packet: OutgoingResponse): NatsRecord {
    const record = super.serialize(packet);
    const bytes = (record.data as Uint8Array).byteLength;
    if (bytes <= MAX_REPLY_BYTES) return record;
    const errorId = randomUUID();
    this.logger.error({ errorId, bytes }, `A reply of ${bytes} bytes is too large for one NATS message`);
    const err: RpcErrorBody = {
      kind: 'internal',
      code: 'reply_too_large',
      message: `The answer (${bytes} bytes) is too large to send in one message.`,
      errorId,
    };
    return super.serialize({ id: packet.id, err, isDisposed: true });
  }
}
